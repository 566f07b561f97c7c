import { apiRoutes } from '@kurskatalog/contract'
import type { Endpoint } from 'payload'
import { loadSessionCalendar } from '../../catalog/calendars.js'
import { cachedText } from '../../http/cachedResponse.js'
import { requestLocale } from '../../http/requestLocale.js'
import type { CatalogContext } from '../../types.js'
import { notFound, publicOrigin, publicRead, routeParam } from './publicRead.js'

/** GET /api/catalog/v1/sessions/:id/calendar.ics — one session as an iCalendar file, one event per meeting. */
export function sessionCalendarEndpoint(context: CatalogContext): Endpoint {
  return {
    path: apiRoutes.sessionCalendar,
    method: 'get',
    handler: publicRead(context, async (req, now) => {
      const file = await loadSessionCalendar(req.payload, context.slugs, routeParam(req, 'id'), {
        now,
        origin: publicOrigin(req, context.publicUrl),
        locale: requestLocale(req),
        req,
      })
      if (!file) return notFound(req)
      return cachedText(req, file.ics, 'text/calendar; charset=utf-8', {
        maxAge: 60,
        headers: { 'Content-Disposition': `attachment; filename="${file.filename.replace(/[^\w.-]/g, '-')}"` },
      })
    }),
  }
}
