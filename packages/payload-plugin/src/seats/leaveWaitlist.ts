import type { Payload, PayloadRequest } from 'payload'
import { refId } from '../catalog/docs.js'
import { inTransaction } from '../database/transaction.js'
import type { CatalogSlugs } from '../types.js'
import { findByCancelToken } from './cancelRegistration.js'
import { findRegistration, type RegistrationDoc } from './registrationDoc.js'
import { holdsSeat } from './seatStatuses.js'
import { seatStoreFor } from './seatStoreFor.js'
import { loadSessionFacts, type SessionFacts } from './sessionFacts.js'

export type LeaveOutcome =
  /** `leftNow` is false when the place had ended before (left, or cancelled): leaving is idempotent, nothing happened. */
  | { ok: true; registration: RegistrationDoc; session: SessionFacts; leftNow: boolean }
  /** Moved up before the click: the person holds a seat now, which only the cancel link gives up. */
  | { ok: false; code: 'already-promoted'; registration: RegistrationDoc; session: SessionFacts }
  | { ok: false; code: 'invalid-token' }

/** The registration and session behind a leave link, or null for a token that names none. */
export async function findWaitlistPlace(payload: Payload, slugs: CatalogSlugs, token: unknown): Promise<{ registration: RegistrationDoc; session: SessionFacts } | null> {
  const registration = await findByCancelToken(payload, slugs, token)
  const sessionId = registration && refId(registration.session)
  const session = sessionId ? await loadSessionFacts(payload, slugs, sessionId) : null
  return registration && session ? { registration, session } : null
}

/**
 * Takes a person off a session's waiting list by the link in their waiting-list email: one conditional
 * update (waitlisted → cancelled, reason `left-waitlist`), atomic on its own as the cancel link's is, so
 * two clicks leave once; only the click that did it queues `receipt`, in a transaction of its own. (Not
 * one transaction for both: two clicks in two transactions would both see the place waitlisted on the
 * MongoDB test server, or meet a write conflict on a real one.) No seat moves. A person moved up
 * meanwhile is not cancelled.
 */
export async function leaveWaitlist(
  payload: Payload,
  slugs: CatalogSlugs,
  token: unknown,
  now: Date,
  receipt: (inside: PayloadRequest, registration: RegistrationDoc, session: SessionFacts) => Promise<void>,
): Promise<LeaveOutcome> {
  const found = await findWaitlistPlace(payload, slugs, token)
  if (!found) return { ok: false, code: 'invalid-token' }
  const { session } = found
  const settled = (registration: RegistrationDoc): LeaveOutcome | null => {
    if (registration.status === 'cancelled') return { ok: true, registration, session, leftNow: false }
    if (holdsSeat(registration.status)) return { ok: false, code: 'already-promoted', registration, session }
    return null
  }
  const before = settled(found.registration)
  if (before) return before
  // After the course has ended there is no waiting list left to leave.
  if (session.endsAt !== null && new Date(session.endsAt).getTime() < now.getTime()) return { ok: false, code: 'invalid-token' }

  if (await seatStoreFor(payload, slugs).cancelIfIn(found.registration.id, ['waitlisted'], now, 'left-waitlist')) {
    const registration: RegistrationDoc = { ...found.registration, status: 'cancelled' }
    await inTransaction(payload, (inside) => receipt(inside, registration, session))
    return { ok: true, registration, session, leftNow: true }
  }
  // Another click, the waiting list or an editor got there first: say what the place is now.
  const current = await findRegistration(payload, slugs, { id: { equals: found.registration.id } })
  return (current && settled(current)) ?? { ok: false, code: 'invalid-token' }
}
