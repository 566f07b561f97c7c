import type { ApprovalCancelReason } from '@kurskatalog/contract'
import type { Payload, PayloadRequest } from 'payload'
import type { DocId } from '../catalog/docs.js'
import { approvalEndedEmail } from '../email/approvalEmails.js'
import { enqueueEmail } from '../email/outbox/enqueueEmail.js'
import type { Mailer } from '../email/registrationEmails.js'
import { emailPromotions } from '../seats/promoteAndNotify.js'
import { promoteFromWaitlist } from '../seats/promoteFromWaitlist.js'
import type { RegistrationDoc } from '../seats/registrationDoc.js'
import { seatStoreFor } from '../seats/seatStoreFor.js'
import type { SessionFacts } from '../seats/sessionFacts.js'
import type { CatalogContext } from '../types.js'

/**
 * Ends a place held for a leader's approval (declined, or the hold ran out), as the cancel link does:
 * one conditional update from `pending-approval`, so a double click or a click racing the expiry ends it
 * once; then its seat goes back and on to the waiting list. The ids moved up, or null when it was not
 * held any more (this call changed nothing).
 */
export async function endHeldPlace(payload: Payload, context: CatalogContext, registration: RegistrationDoc, session: SessionFacts, reason: ApprovalCancelReason, now: Date): Promise<DocId[] | null> {
  const store = seatStoreFor(payload, context.slugs)
  if (!(await store.cancelIfIn(registration.id, ['pending-approval'], now, reason))) return null
  await store.releaseSeat(session.id)
  return promoteFromWaitlist(store, session, now)
}

/** Tells the person their held place ended, and emails whoever moved up into it, in `req`'s transaction. */
export async function notifyHeldPlaceEnded(
  req: PayloadRequest,
  context: CatalogContext,
  mailer: Mailer,
  session: SessionFacts,
  registration: RegistrationDoc,
  reason: ApprovalCancelReason,
  promoted: readonly DocId[],
): Promise<void> {
  await enqueueEmail(req, context, mailer, approvalEndedEmail(session, { ...registration, status: 'cancelled', cancelReason: reason }, reason))
  await emailPromotions(req, context, mailer, session, promoted)
}
