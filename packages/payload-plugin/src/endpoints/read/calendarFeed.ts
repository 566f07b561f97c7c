import { apiRoutes, validateOfferingQuery } from '@kurskatalog/contract'
import type { Endpoint } from 'payload'
import { loadCalendarFeed } from '../../catalog/calendars.js'
import { currentCatalog } from '../../catalog/readModel/catalogReadModel.js'
import { cachedText } from '../../http/cachedResponse.js'
import { errorResponse } from '../../http/errorResponse.js'
import { requestLocale } from '../../http/requestLocale.js'
import type { CatalogContext } from '../../types.js'
import { publicHeaders, publicOrigin, publicRead } from './publicRead.js'

/** GET /api/catalog/v1/calendar.ics — a subscribable feed of upcoming sessions, filtered like the listing. */
export function calendarFeedEndpoint(context: CatalogContext): Endpoint {
  return {
    path: apiRoutes.calendarFeed,
    method: 'get',
    handler: publicRead(context, async (req, now) => {
      const query = validateOfferingQuery(req.searchParams ?? new URLSearchParams())
      if (!query.ok) return errorResponse('validation', requestLocale(req), { fields: query.fields, headers: publicHeaders })
      const { page: _page, limit: _limit, ...filters } = query.value
      const ics = loadCalendarFeed(await currentCatalog(req.payload, context), filters, {
        now,
        origin: publicOrigin(req, context.publicUrl),
        locale: requestLocale(req),
      })
      // Inline, so a calendar app can subscribe to the URL; clients poll it, so a longer reuse is fine.
      return cachedText(req, ics, 'text/calendar; charset=utf-8', { maxAge: 300, headers: { 'Content-Disposition': 'inline; filename="kurskatalog.ics"' } })
    }),
  }
}
