import { apiRoutes, type LeaveWaitlistResult } from '@kurskatalog/contract'
import type { Endpoint, PayloadRequest } from 'payload'
import { mailerFor } from '../../email/mailer.js'
import { enqueueEmail } from '../../email/outbox/enqueueEmail.js'
import { waitlistLeftEmail } from '../../email/registrationEmails.js'
import { guardWrite } from '../../guard/guardWrite.js'
import { readBody } from '../../guard/readBody.js'
import { findWaitlistPlace, leaveWaitlist } from '../../seats/leaveWaitlist.js'
import type { CatalogContext } from '../../types.js'
import { leaveWaitlistPages } from './leaveWaitlistPage/pages.js'

/**
 * POST `{ token }` (the leave page's own form, or JSON) takes a person off a session's waiting list,
 * keeping why (`left-waitlist`), and queues the receipt in the same transaction. The same answer again,
 * with no email, for a place already ended; a person moved up meanwhile keeps the seat and is pointed
 * to the cancel page (409 `already-promoted`).
 */
export function leaveWaitlistEndpoint(context: CatalogContext): Endpoint {
  return {
    path: apiRoutes.leaveWaitlist,
    method: 'post',
    handler: async (req: PayloadRequest) => {
      const door = await guardWrite(req, context, 'leave-waitlist')
      if (!door.ok) return door.response
      const { write } = door
      const body = await readBody(req, context.maxBodyBytes, ['json', 'form'])
      if (!body.ok) return write.refuse(body.code)
      const token = (body.value as { token?: unknown } | null)?.token
      const mailer = mailerFor(req, context)
      const outcome = await leaveWaitlist(req.payload, context.slugs, token, context.clock(), (inside, registration, session) =>
        enqueueEmail(inside, context, mailer, waitlistLeftEmail(session, registration)).then(() => undefined),
      )
      const asPage = body.kind === 'form'
      if (!outcome.ok) {
        const owner = outcome.code === 'already-promoted' ? outcome.registration : (await findWaitlistPlace(req.payload, context.slugs, token))?.registration
        const locale = owner?.locale ?? write.locale
        if (!asPage) return write.refuse(outcome.code, { locale })
        return outcome.code === 'already-promoted'
          ? leaveWaitlistPages.promoted(req, locale, outcome.session.offering.title, String(token), 409)
          : leaveWaitlistPages.invalid(locale)
      }
      const title = outcome.session.offering.title
      if (asPage) {
        const locale = outcome.registration.locale ?? 'nb'
        return outcome.leftNow ? leaveWaitlistPages.left(locale, title) : leaveWaitlistPages.leftBefore(locale, title)
      }
      const result: LeaveWaitlistResult = { status: 'left-waitlist', offeringTitle: title, startsAt: outcome.session.startsAt ?? '' }
      const headers = new Headers(write.headers)
      headers.set('Content-Type', 'application/json; charset=utf-8')
      headers.set('Cache-Control', 'no-store')
      return new Response(JSON.stringify(result), { status: 200, headers })
    },
  }
}
