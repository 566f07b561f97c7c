import { apiRoutes } from '@kurskatalog/contract'
import type { Endpoint } from 'payload'
import { formatMeeting } from '../../email/formatWhen.js'
import { requestLocale } from '../../http/requestLocale.js'
import { findWaitlistPlace } from '../../seats/leaveWaitlist.js'
import { holdsSeat } from '../../seats/seatStatuses.js'
import type { CatalogContext } from '../../types.js'
import { renderPage } from './cancelPage/renderPage.js'
import { leaveWaitlistPages } from './leaveWaitlistPage/pages.js'
import { leaveWaitlistPageTexts } from './leaveWaitlistPage/texts.js'

/**
 * GET the page behind the waiting-list email's "Forlat ventelisten" link: it asks, and a button POSTs.
 * Opening the link never changes anything, since mail scanners and link previews open links on their own.
 */
export function leaveWaitlistPageEndpoint(context: CatalogContext): Endpoint {
  return {
    path: apiRoutes.leaveWaitlist,
    method: 'get',
    handler: async (req) => {
      const token = req.searchParams.get('token')
      const found = await findWaitlistPlace(req.payload, context.slugs, token)
      if (!found || !token) return leaveWaitlistPages.invalid(requestLocale(req))
      const { registration, session } = found
      const locale = registration.locale ?? 'nb'
      const title = session.offering.title
      if (registration.status === 'cancelled') return leaveWaitlistPages.leftBefore(locale, title)
      if (holdsSeat(registration.status)) return leaveWaitlistPages.promoted(req, locale, title, token, 200)
      const texts = leaveWaitlistPageTexts[locale]
      const first = session.meetings[0]
      const when = first ? formatMeeting(first.startsAt, first.endsAt, locale) : ''
      return renderPage(
        {
          locale,
          title: texts.title,
          message: texts.question(title, when),
          form: { action: `${req.payload.config.routes.api}${apiRoutes.leaveWaitlist}`, token, button: texts.confirm },
        },
        200,
      )
    },
  }
}
