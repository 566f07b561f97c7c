import type { ErrorCode } from '@kurskatalog/contract'
import type { Payload } from 'payload'
import { refId, type DocId } from '../catalog/docs.js'
import type { CatalogSlugs } from '../types.js'
import { promoteFromWaitlist } from './promoteFromWaitlist.js'
import { findRegistration, type RegistrationDoc } from './registrationDoc.js'
import { seatStoreFor } from './seatStoreFor.js'
import { loadSessionFacts, type SessionFacts } from './sessionFacts.js'

export type CancelOutcome =
  /** `cancelledNow` is false when the place was already cancelled: cancelling is idempotent, nothing happened. */
  | { ok: true; registration: RegistrationDoc; session: SessionFacts; promoted: DocId[]; cancelledNow: boolean }
  | { ok: false; code: ErrorCode }

// Tokens are 43 base64url characters; anything else is refused before it reaches the database.
const tokenShape = /^[A-Za-z0-9_-]{20,100}$/

/** The registration a cancel token belongs to, or null. */
export async function findByCancelToken(payload: Payload, slugs: CatalogSlugs, token: unknown): Promise<RegistrationDoc | null> {
  if (typeof token !== 'string' || !tokenShape.test(token)) return null
  return findRegistration(payload, slugs, { cancelToken: { equals: token } })
}

/**
 * Cancels the registration behind a cancel link. The status change is one conditional update, so two
 * clicks (or a click and an editor) can never free the same seat twice; a freed seat goes to the
 * waiting list at once.
 */
export async function cancelRegistration(payload: Payload, slugs: CatalogSlugs, token: unknown, now = new Date()): Promise<CancelOutcome> {
  const registration = await findByCancelToken(payload, slugs, token)
  if (!registration) return { ok: false, code: 'invalid-token' }
  const sessionId = refId(registration.session)
  const session = sessionId === null ? null : await loadSessionFacts(payload, slugs, sessionId)
  if (!session) return { ok: false, code: 'invalid-token' }
  const alreadyCancelled: CancelOutcome = { ok: true, registration: { ...registration, status: 'cancelled' }, session, promoted: [], cancelledNow: false }
  if (registration.status === 'cancelled') return alreadyCancelled
  // After the course has ended there is nothing left to cancel.
  const over = session.endsAt !== null && new Date(session.endsAt).getTime() < now.getTime()
  if (over) return { ok: false, code: 'invalid-token' }

  const store = seatStoreFor(payload, slugs)
  const heldSeat = await store.cancelIfIn(registration.id, ['confirmed', 'pending-approval'], now)
  const wasWaiting = !heldSeat && (await store.cancelIfIn(registration.id, ['waitlisted'], now))
  if (!heldSeat && !wasWaiting) {
    const current = await findRegistration(payload, slugs, { id: { equals: registration.id } })
    return current?.status === 'cancelled' ? alreadyCancelled : { ok: false, code: 'invalid-token' }
  }
  let promoted: DocId[] = []
  if (heldSeat) {
    await store.releaseSeat(session.id)
    promoted = await promoteFromWaitlist(store, session, now)
  }
  return { ok: true, registration: { ...registration, status: 'cancelled' }, session, promoted, cancelledNow: true }
}
