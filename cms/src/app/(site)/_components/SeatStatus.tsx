import { counted, offeringLabelsNb as labels, type SessionSummary } from '@kurskatalog/contract'

/** The seat status as a badge, in the widgets' words ("3 ledige plasser"); its colour is a second cue, the words carry the meaning. */
export function SeatStatus({ session }: { session: Pick<SessionSummary, 'seatStatus' | 'seatsLeft'> }) {
  return <span className={`seats seats-${session.seatStatus}`}>{counted(session.seatsLeft, labels.seats[session.seatStatus])}</span>
}
