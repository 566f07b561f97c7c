import type { SessionSummary } from '@kurskatalog/contract'
import type { CommonTexts } from './translations.js'

export type SeatTone = 'open' | 'few' | 'waitlist' | 'closed'

/** "3 ledige plasser", "Fullt – venteliste": what a visitor is told about one session's seats. */
export function seatStatus(session: SessionSummary, t: CommonTexts): { text: string; tone: SeatTone } {
  switch (session.seatStatus) {
    case 'open':
      return { text: t.seatsOpen(session.seatsLeft), tone: 'open' }
    case 'few-left':
      return { text: t.seatsFew(session.seatsLeft), tone: 'few' }
    case 'waitlist':
      return { text: t.seatsWaitlist, tone: 'waitlist' }
    case 'full':
      return { text: t.seatsFull, tone: 'closed' }
    case 'closed':
      return { text: t.seatsClosed, tone: 'closed' }
    case 'cancelled':
      return { text: t.seatsCancelled, tone: 'closed' }
  }
}

/** Whether a session takes sign-ups (a seat or a waiting-list place). */
export function canSignUp(session: SessionSummary): boolean {
  return session.seatStatus === 'open' || session.seatStatus === 'few-left' || session.seatStatus === 'waitlist'
}
