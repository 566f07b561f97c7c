import type { SessionSummary } from '@kurskatalog/contract'

/** The colour of a session's seat label. */
export type SeatTone = 'open' | 'few' | 'waitlist' | 'closed'

/** Whether a session takes sign-ups (a seat or a waiting-list place). */
export function canSignUp(session: SessionSummary): boolean {
  return session.seatStatus === 'open' || session.seatStatus === 'few-left' || session.seatStatus === 'waitlist'
}
