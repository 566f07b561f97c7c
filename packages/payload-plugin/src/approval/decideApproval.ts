import { approvalDecisions, type ApprovalDecision, type ErrorCode } from '@kurskatalog/contract'
import type { Payload } from 'payload'
import { refId, type DocId } from '../catalog/docs.js'
import { findRegistration, type RegistrationDoc } from '../seats/registrationDoc.js'
import { seatStoreFor } from '../seats/seatStoreFor.js'
import { loadSessionFacts, type SessionFacts } from '../seats/sessionFacts.js'
import type { CatalogContext } from '../types.js'
import { endHeldPlace } from './endHeldPlace.js'

export type ApprovalOutcome =
  | { ok: true; decision: ApprovalDecision; registration: RegistrationDoc; session: SessionFacts; promoted: DocId[] }
  | { ok: false; code: ErrorCode }

// The same shape as the cancel token; anything else is refused before it reaches the database.
const tokenShape = /^[A-Za-z0-9_-]{20,100}$/

export const isApprovalDecision = (value: unknown): value is ApprovalDecision => (approvalDecisions as readonly unknown[]).includes(value)

/** The registration an approval token belongs to, or null. */
export async function findByApprovalToken(payload: Payload, context: CatalogContext, token: unknown): Promise<RegistrationDoc | null> {
  if (typeof token !== 'string' || !tokenShape.test(token)) return null
  return findRegistration(payload, context.slugs, { approvalToken: { equals: token } })
}

/** Why a registration no longer takes a decision: its hold ran out, or it was decided (or cancelled) before. */
const settled = (registration: RegistrationDoc): ErrorCode =>
  registration.status === 'cancelled' && registration.cancelReason === 'approval-expired' ? 'approval-expired' : 'already-decided'

/**
 * A leader's answer through their link. Approval confirms the held seat by one conditional update
 * (still held, under this token, hold not ended); a decline ends the place through the seat engine and
 * gives the seat to the waiting list. Each is decided once: a second click, or a click after an editor
 * or the expiry, changes nothing and says why.
 */
export async function decideApproval(payload: Payload, context: CatalogContext, token: unknown, decision: ApprovalDecision, now: Date): Promise<ApprovalOutcome> {
  const registration = await findByApprovalToken(payload, context, token)
  const sessionId = registration && refId(registration.session)
  const session = sessionId === null || sessionId === undefined ? null : await loadSessionFacts(payload, context.slugs, sessionId)
  if (!registration || !session || typeof token !== 'string') return { ok: false, code: 'invalid-token' }
  if (registration.status !== 'pending-approval') return { ok: false, code: settled(registration) }
  if (!registration.approvalHoldUntil || new Date(registration.approvalHoldUntil).getTime() <= now.getTime()) return { ok: false, code: 'approval-expired' }

  if (decision === 'approve') {
    if (await seatStoreFor(payload, context.slugs).confirmHeld(registration.id, token, now)) {
      return { ok: true, decision, registration: { ...registration, status: 'confirmed' }, session, promoted: [] }
    }
  } else {
    const promoted = await endHeldPlace(payload, context, registration, session, 'declined', now)
    if (promoted) return { ok: true, decision, registration: { ...registration, status: 'cancelled', cancelReason: 'declined' }, session, promoted }
  }
  // Another click, an editor or the expiry got there first.
  const current = await findRegistration(payload, context.slugs, { id: { equals: registration.id } })
  return { ok: false, code: current ? settled(current) : 'invalid-token' }
}
