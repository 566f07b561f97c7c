import type { PayloadRequest } from 'payload'
import type { DocId } from '../catalog/docs.js'
import { mailerFor } from '../email/mailer.js'
import { cancelRegistration } from '../seats/cancelRegistration.js'
import { emailPromotions } from '../seats/promoteAndNotify.js'
import type { CatalogContext } from '../types.js'

/**
 * Before an erasure: each place the person still holds or waits for on a session that has not ended is
 * cancelled through the seat engine, so the seat goes to the next on the waiting list (who is emailed)
 * rather than staying taken by a row nobody can be reached at (their emails go through the outbox, in the erasure's request). The person is not emailed: they asked to
 * be forgotten. Each cancellation is its own conditional write, so a repeated erasure cancels nothing twice.
 */
export async function givePlacesUp(req: PayloadRequest, context: CatalogContext, email: string, now = new Date()): Promise<DocId[]> {
  const places = await req.payload.find({
    collection: context.slugs.registrations,
    where: { and: [{ email: { equals: email } }, { status: { in: ['confirmed', 'pending-approval', 'waitlisted'] } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const cancelled: DocId[] = []
  const mailer = mailerFor(req, context)
  for (const place of places.docs) {
    const outcome = await cancelRegistration(req.payload, context.slugs, place.cancelToken, now)
    if (!outcome.ok || !outcome.cancelledNow) continue
    cancelled.push(place.id)
    await emailPromotions(req, context, mailer, outcome.session, outcome.promoted).catch((error: unknown) =>
      req.payload.logger.error({ err: error, msg: 'kurskatalog: could not email a promotion from the waiting list' }),
    )
  }
  return cancelled
}
