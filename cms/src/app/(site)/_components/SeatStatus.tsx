import type { SessionSummary } from '@kurskatalog/contract'
import { seatText } from '../_lib/format.js'

/** The seat status as a badge; its colour is a second cue, the words carry the meaning. */
export function SeatStatus({ session }: { session: Pick<SessionSummary, 'seatStatus' | 'seatsLeft'> }) {
  return <span className={`seats seats-${session.seatStatus}`}>{seatText(session)}</span>
}
