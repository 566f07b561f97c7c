import { apiRoutes, type ApprovalResult } from '@kurskatalog/contract'
import type { Endpoint, PayloadRequest } from 'payload'
import { decideApproval, findByApprovalToken, isApprovalDecision } from '../../approval/decideApproval.js'
import { notifyHeldPlaceEnded } from '../../approval/endHeldPlace.js'
import { inTransaction } from '../../database/transaction.js'
import { approvalConfirmedEmails } from '../../email/approvalEmails.js'
import { mailerFor } from '../../email/mailer.js'
import { enqueueEmail } from '../../email/outbox/enqueueEmail.js'
import { guardWrite } from '../../guard/guardWrite.js'
import { readBody } from '../../guard/readBody.js'
import type { CatalogContext } from '../../types.js'
import { approvalProblemPage } from './approvalPage.js'
import { approvalPageTexts } from './approvalPage/texts.js'
import { renderPage } from './cancelPage/renderPage.js'

/**
 * POST `{ token, decision }` (the leader's confirm page's form, or JSON) approves or declines a sign-up
 * held for the leader: approval confirms the seat (the participant's confirmation, the leader's copy);
 * a decline ends the place and gives the seat to the waiting list (the participant is told). Decided once:
 * the same again answers `already-decided`, with no email.
 */
export function approvalEndpoint(context: CatalogContext): Endpoint {
  return {
    path: apiRoutes.approval,
    method: 'post',
    handler: async (req: PayloadRequest) => {
      const door = await guardWrite(req, context, 'approval')
      if (!door.ok) return door.response
      const { write } = door
      const body = await readBody(req, context.maxBodyBytes, ['json', 'form'])
      if (!body.ok) return write.refuse(body.code)
      const sent = (body.value ?? {}) as { token?: unknown; decision?: unknown }
      const asPage = body.kind === 'form'
      if (!isApprovalDecision(sent.decision)) {
        return asPage ? approvalProblemPage(write.locale, 'invalid-token') : write.refuse('validation', { fields: { decision: 'invalid-choice' } })
      }
      const outcome = await decideApproval(req.payload, context, sent.token, sent.decision, context.clock())
      if (!outcome.ok) {
        const owner = await findByApprovalToken(req.payload, context, sent.token)
        const locale = owner?.locale ?? write.locale
        return asPage ? approvalProblemPage(locale, outcome.code) : write.refuse(outcome.code, { locale })
      }

      const { registration, session, decision } = outcome
      const mailer = mailerFor(req, context)
      await inTransaction(req.payload, async (inside) => {
        if (decision === 'approve') for (const email of approvalConfirmedEmails(mailer, session, registration)) await enqueueEmail(inside, context, mailer, email)
        else await notifyHeldPlaceEnded(inside, context, mailer, session, registration, 'declined', outcome.promoted)
      })

      const locale = registration.locale ?? 'nb'
      if (asPage) {
        const texts = approvalPageTexts[locale]
        return renderPage({ locale, title: texts.doneTitle[decision], message: texts.done[decision](registration.name, session.offering.title) }, 200)
      }
      const result: ApprovalResult = { status: registration.status === 'confirmed' ? 'confirmed' : 'cancelled', offeringTitle: session.offering.title, startsAt: session.startsAt ?? '' }
      const headers = new Headers(write.headers)
      headers.set('Content-Type', 'application/json; charset=utf-8')
      headers.set('Cache-Control', 'no-store')
      return new Response(JSON.stringify(result), { status: 200, headers })
    },
  }
}
