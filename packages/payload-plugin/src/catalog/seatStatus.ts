import type { SeatStatus } from '@kurskatalog/contract'

/** What decides a session's seat status: its settings and the ledger's count of taken seats. */
export interface SeatState {
  capacity: number
  /** From the session-seats ledger; a session nobody has signed up for has no ledger, so 0. */
  taken: number
  status: 'open' | 'cancelled'
  signupDeadline?: string | null
  waitlistEnabled?: boolean | null
  /** First meeting; sign-up closes when it starts if no deadline is set. */
  startsAt?: string | null
}

export const seatsLeft = ({ capacity, taken }: Pick<SeatState, 'capacity' | 'taken'>): number => Math.max(0, capacity - taken)

/** `few-left` starts at a fifth of capacity, and never below 3 seats (contract: SeatStatus). */
export const fewSeatsThreshold = (capacity: number): number => Math.max(3, capacity / 5)

/** Sign-up closes at the deadline, or when the first meeting starts if the editor set no deadline. */
export function signupClosed(state: Pick<SeatState, 'signupDeadline' | 'startsAt'>, now: Date): boolean {
  const closesAt = state.signupDeadline ?? state.startsAt
  return closesAt !== null && closesAt !== undefined && now.getTime() >= new Date(closesAt).getTime()
}

/** What a visitor is told about a session's seats; the sign-up endpoint and the listing share it so they never disagree. */
export function seatStatusOf(state: SeatState, now: Date): SeatStatus {
  if (state.status === 'cancelled') return 'cancelled'
  if (signupClosed(state, now)) return 'closed'
  const left = seatsLeft(state)
  if (left === 0) return state.waitlistEnabled ? 'waitlist' : 'full'
  if (left <= fewSeatsThreshold(state.capacity)) return 'few-left'
  return 'open'
}
