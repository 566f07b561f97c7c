/**
 * Statuses that hold one of a session's seats in the ledger. Attended and no-show held a seat until
 * the day, and still count: the ledger only gives a seat back on cancellation or deletion.
 */
const holding = new Set(['confirmed', 'pending-approval', 'attended', 'no-show'])

export const holdsSeat = (status: unknown): boolean => typeof status === 'string' && holding.has(status)
