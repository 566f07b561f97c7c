import type { PayloadRequest } from 'payload'
import type { DocId } from '../catalog/docs.js'
import { mailerFor } from '../email/mailer.js'
import { enqueueEmail } from '../email/outbox/enqueueEmail.js'
import { promotionEmail, type Mailer } from '../email/registrationEmails.js'
import type { CatalogContext } from '../types.js'
import { askLeader } from '../approval/askLeader.js'
import { holdForLeader } from '../approval/holdForLeader.js'
import { promoteFromWaitlist } from './promoteFromWaitlist.js'
import { findRegistration } from './registrationDoc.js'
import { seatGrantStatus } from './seatStatuses.js'
import type { SeatStore } from './seatStore.js'
import type { SessionFacts } from './sessionFacts.js'

/** Queues an email to each person moved up from the waiting list (the ids `promoteFromWaitlist` returned), in `req`'s transaction. */
export async function emailPromotions(req: PayloadRequest, context: CatalogContext, mailer: Mailer, session: SessionFacts, promoted: readonly DocId[]): Promise<void> {
  // Read outside the transaction that moved them, the rows may not show their new status yet: it is known.
  const status = seatGrantStatus(session)
  for (const id of promoted) {
    const found = await findRegistration(req.payload, context.slugs, { id: { equals: id } })
    if (!found) continue
    // On a course the manager must approve, the seat is held afresh and the leader asked now.
    const registration = await holdForLeader(req, context, session, { ...found, status })
    await enqueueEmail(req, context, mailer, promotionEmail(mailer, session, registration))
    await askLeader(req, context, mailer, session, registration)
  }
}

/**
 * Gives a session's free seats to its waiting list (first number first) and queues an email to each
 * person moved up, both in the editor's transaction: a save that fails afterwards moves no one and sends nothing.
 */
export async function promoteAndNotify(req: PayloadRequest, context: CatalogContext, store: SeatStore, session: SessionFacts): Promise<DocId[]> {
  const promoted = await promoteFromWaitlist(store, session, context.clock())
  if (promoted.length > 0) await emailPromotions(req, context, mailerFor(req, context), session, promoted)
  return promoted
}
