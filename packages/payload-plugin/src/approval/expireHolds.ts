import type { PayloadRequest } from 'payload'
import { refId } from '../catalog/docs.js'
import { inTransaction } from '../database/transaction.js'
import { mailerFor } from '../email/mailer.js'
import type { RegistrationDoc } from '../seats/registrationDoc.js'
import { loadSessionFacts } from '../seats/sessionFacts.js'
import type { CatalogContext } from '../types.js'
import { endHeldPlace, notifyHeldPlaceEnded } from './endHeldPlace.js'

// A run's share; whatever is left is the next run's (a minute later by default).
const batchSize = 100

/**
 * Gives up every seat whose leader did not answer in time: the place ends as cancelled with the reason
 * `approval-expired`, its seat goes to the waiting list, and the person (and whoever moved up) is
 * emailed. Safe on several instances at once: each place is ended by one conditional update, and only
 * the run that ended it sends the emails. The number of places ended.
 */
export async function expireHolds(req: PayloadRequest, context: CatalogContext, now: Date): Promise<number> {
  const { payload } = req
  const due = await payload.find({
    collection: context.slugs.registrations,
    where: { and: [{ status: { equals: 'pending-approval' } }, { approvalHoldUntil: { less_than_equal: now.toISOString() } }] },
    sort: 'approvalHoldUntil',
    limit: batchSize,
    depth: 0,
    overrideAccess: true,
    joins: false,
  })
  const mailer = mailerFor(req, context)
  let ended = 0
  for (const registration of due.docs as unknown as RegistrationDoc[]) {
    const sessionId = refId(registration.session)
    const session = sessionId === null ? null : await loadSessionFacts(payload, context.slugs, sessionId)
    if (!session) continue
    const promoted = await endHeldPlace(payload, context, registration, session, 'approval-expired', now)
    if (!promoted) continue
    ended++
    await inTransaction(payload, (inside) => notifyHeldPlaceEnded(inside, context, mailer, session, registration, 'approval-expired', promoted))
  }
  return ended
}
