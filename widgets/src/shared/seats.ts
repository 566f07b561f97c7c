/** The colour of a session's seat label. */
export type SeatTone = 'open' | 'few' | 'waitlist' | 'closed'
