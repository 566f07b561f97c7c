import type { RegistrationStatus } from '@kurskatalog/contract'

/**
 * Statuses that hold one of a session's seats in the ledger. Attended and no-show held a seat until
 * the day, and still count: the ledger only gives a seat back on cancellation or deletion.
 */
export const seatHoldingStatuses: readonly RegistrationStatus[] = ['confirmed', 'pending-approval', 'attended', 'no-show']

const holding = new Set<unknown>(seatHoldingStatuses)

export const holdsSeat = (status: unknown): boolean => typeof status === 'string' && holding.has(status)

/** The status a registration is given with a seat (signed up or moved up): confirmed, or pending approval. */
export type SeatGrantStatus = Extract<RegistrationStatus, 'confirmed' | 'pending-approval'>

/** Manager approval or admission by application keeps a granted seat pending until the editors decide. */
export const seatGrantStatus = (session: { needsApproval: boolean }): SeatGrantStatus => (session.needsApproval ? 'pending-approval' : 'confirmed')
