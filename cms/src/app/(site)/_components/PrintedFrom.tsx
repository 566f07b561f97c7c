import { calendarDate, clock } from '../_lib/format.js'

/** On paper only: where the page came from and when (`at`, the catalogue's time), since seats and dates on a printout age. */
export function PrintedFrom({ address, at }: { address: string; at: Date }) {
  const now = at.toISOString()
  return (
    <p className="print-only meta">
      Utskrift fra {address}, hentet {calendarDate(now)} kl. {clock(now)}.
    </p>
  )
}
