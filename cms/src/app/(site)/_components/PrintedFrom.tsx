import { calendarDate, clock } from '../_lib/format.js'

/** On paper only: where the page came from and when, since seats and dates on a printout age. */
export function PrintedFrom({ address }: { address: string }) {
  const now = new Date().toISOString()
  return (
    <p className="print-only meta">
      Utskrift fra {address}, hentet {calendarDate(now)} kl. {clock(now)}.
    </p>
  )
}
