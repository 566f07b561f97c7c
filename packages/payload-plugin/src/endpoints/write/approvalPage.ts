import { apiRoutes, errorMessages, type ErrorCode, type Locale } from '@kurskatalog/contract'
import type { Endpoint } from 'payload'
import { findByApprovalToken, isApprovalDecision } from '../../approval/decideApproval.js'
import { refId } from '../../catalog/docs.js'
import { formatMeeting } from '../../email/formatWhen.js'
import { requestLocale } from '../../http/requestLocale.js'
import { loadSessionFacts } from '../../seats/sessionFacts.js'
import type { CatalogContext } from '../../types.js'
import { approvalPageTexts } from './approvalPage/texts.js'
import { renderPage } from './cancelPage/renderPage.js'

const statusOf: Partial<Record<ErrorCode, number>> = { 'invalid-token': 404, 'already-decided': 409, 'approval-expired': 409 }

/** A page that says why a leader's link decides nothing (any more). */
export function approvalProblemPage(locale: Locale, code: ErrorCode): Response {
  return renderPage({ locale, title: approvalPageTexts[locale].problemTitle, message: errorMessages[locale].errors[code] }, statusOf[code] ?? 400)
}

/**
 * GET the page behind a leader's Godkjenn / Avslå link: it asks, and its button POSTs the decision.
 * Opening the link never decides anything, since mail scanners and link previews open links on their own.
 */
export function approvalPageEndpoint(context: CatalogContext): Endpoint {
  return {
    path: apiRoutes.approval,
    method: 'get',
    handler: async (req) => {
      const token = req.searchParams.get('token')
      const decision = req.searchParams.get('decision')
      const registration = await findByApprovalToken(req.payload, context, token)
      const locale = registration?.locale ?? requestLocale(req)
      const sessionId = registration && refId(registration.session)
      const session = sessionId ? await loadSessionFacts(req.payload, context.slugs, sessionId) : null
      if (!registration || !session || !token || !isApprovalDecision(decision)) return approvalProblemPage(locale, 'invalid-token')
      if (registration.status !== 'pending-approval') {
        return approvalProblemPage(locale, registration.cancelReason === 'approval-expired' ? 'approval-expired' : 'already-decided')
      }
      if (!registration.approvalHoldUntil || new Date(registration.approvalHoldUntil) <= context.clock()) return approvalProblemPage(locale, 'approval-expired')
      const texts = approvalPageTexts[locale]
      const first = session.meetings[0]
      const when = first ? formatMeeting(first.startsAt, first.endsAt, locale) : ''
      return renderPage(
        {
          locale,
          title: texts.title[decision],
          message: texts.question[decision](registration.name, session.offering.title, when),
          form: { action: `${req.payload.config.routes.api}${apiRoutes.approval}`, token, decision, button: texts.confirm[decision] },
        },
        200,
      )
    },
  }
}
