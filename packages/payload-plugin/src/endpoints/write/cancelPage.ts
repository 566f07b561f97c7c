import { apiRoutes, errorMessages } from '@kurskatalog/contract'
import type { Endpoint } from 'payload'
import { refId } from '../../catalog/docs.js'
import { formatMeeting } from '../../email/formatWhen.js'
import { requestLocale } from '../../http/requestLocale.js'
import { findByCancelToken } from '../../seats/cancelRegistration.js'
import { loadSessionFacts } from '../../seats/sessionFacts.js'
import type { CatalogContext } from '../../types.js'
import { alreadyCancelledPage } from './cancelPage/alreadyCancelledPage.js'
import { cancelPageTexts } from './cancelPage/texts.js'
import { renderPage } from './cancelPage/renderPage.js'

/**
 * GET the page behind the cancel link in an email: it asks, and a button POSTs. Opening the link never
 * cancels anything, since mail scanners and link previews open links on their own.
 */
export function cancelPageEndpoint(context: CatalogContext): Endpoint {
  return {
    path: apiRoutes.cancel,
    method: 'get',
    handler: async (req) => {
      const token = req.searchParams.get('token')
      const registration = await findByCancelToken(req.payload, context.slugs, token)
      const locale = registration?.locale ?? requestLocale(req)
      const texts = cancelPageTexts[locale]
      const sessionId = registration && refId(registration.session)
      const session = sessionId ? await loadSessionFacts(req.payload, context.slugs, sessionId) : null
      if (!registration || !session || !token) {
        return renderPage({ locale, title: texts.problemTitle, message: errorMessages[locale].errors['invalid-token'] }, 404)
      }
      if (registration.status === 'cancelled') return alreadyCancelledPage(locale, session.offering.title)
      const first = session.meetings[0]
      const when = first ? formatMeeting(first.startsAt, first.endsAt, locale) : ''
      return renderPage(
        {
          locale,
          title: texts.title,
          message: texts.question(session.offering.title, when),
          form: { action: `${req.payload.config.routes.api}${apiRoutes.cancel}`, token, button: texts.confirm },
        },
        200,
      )
    },
  }
}
