/**
 * Statuses that hold one of a session's seats in the ledger. Attended and no-show held a seat until
 * the day, and still count: the ledger only gives a seat back on cancellation or deletion.
 */
export const seatHoldingStatuses = ['confirmed', 'pending-approval', 'attended', 'no-show'] as const
const holding = new Set<string>(seatHoldingStatuses)

export const holdsSeat = (status: unknown): boolean => typeof status === 'string' && holding.has(status)
