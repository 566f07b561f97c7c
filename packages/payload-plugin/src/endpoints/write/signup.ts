import { apiRoutes, validateSignup } from '@kurskatalog/contract'
import type { Endpoint } from 'payload'
import { inTransaction } from '../../database/transaction.js'
import { mailerFor } from '../../email/mailer.js'
import { enqueueEmail } from '../../email/outbox/enqueueEmail.js'
import { signupEmail } from '../../email/registrationEmails.js'
import { openJsonWrite } from '../../guard/openJsonWrite.js'
import { askLeader } from '../../approval/askLeader.js'
import { leaderHoldFor } from '../../approval/holdForLeader.js'
import { emailPromotions } from '../../seats/promoteAndNotify.js'
import { loadSessionFacts } from '../../seats/sessionFacts.js'
import { signUp } from '../../seats/signUp.js'
import type { CatalogContext } from '../../types.js'

/**
 * POST a sign-up for a session: 201 with `SignupResult` (confirmed, pending approval or waitlisted),
 * the same answer again for a retry with the same idempotency key, or the one error shape. The
 * answer's email is queued with the registration and sent after the commit: the answer never waits for SMTP.
 */
export function signupEndpoint(context: CatalogContext): Endpoint {
  return {
    path: apiRoutes.registrations,
    method: 'post',
    handler: async (req) => {
      const opened = await openJsonWrite(req, context, 'signup')
      if (!opened.ok) return opened.response
      const { write, bodyLocale } = opened

      const session = await loadSessionFacts(req.payload, context.slugs, String(req.routeParams?.id ?? ''))
      if (!session || !session.offering.published) return write.refuse('not-found', { locale: bodyLocale })
      const valid = validateSignup(opened.body, session.offering.questions, { leaderEmail: session.managerApproval })
      if (!valid.ok) return write.refuse('validation', { fields: valid.fields, locale: bodyLocale })

      const mailer = mailerFor(req, context)
      const now = context.clock()
      const hold = leaderHoldFor(context, session, valid.value.leaderEmail, now)
      const outcome = await signUp(req.payload, context.slugs, session, valid.value, { origin: write.origin }, async (inside, registration, place) => {
        await enqueueEmail(inside, context, mailer, signupEmail(mailer, session, registration, place))
        await askLeader(inside, context, mailer, session, registration)
      }, now, hold)
      if (!outcome.ok) return write.refuse(outcome.code, { fields: outcome.fields, locale: valid.value.locale })

      if (outcome.created && outcome.promoted.length > 0) {
        await inTransaction(req.payload, (inside) => emailPromotions(inside, context, mailer, session, outcome.promoted))
      }
      const headers = new Headers(write.headers)
      headers.set('Content-Type', 'application/json; charset=utf-8')
      headers.set('Cache-Control', 'no-store')
      return new Response(JSON.stringify(outcome.result), { status: 201, headers })
    },
  }
}
