const osloParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

function wallClock(instant: number): { y: number; m: number; d: number; h: number; min: number } {
  const parts = Object.fromEntries(osloParts.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]))
  return { y: parts.year ?? 0, m: parts.month ?? 1, d: parts.day ?? 1, h: parts.hour ?? 0, min: parts.minute ?? 0 }
}

/** The instant (ISO) when Oslo's clocks show `hhmm` on the Oslo calendar day `days` after `from`. */
export function osloTime(from: Date, days: number, hhmm: string): string {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number)
  const day = wallClock(from.getTime() + days * 86_400_000)
  const guess = Date.UTC(day.y, day.m - 1, day.d, hours, minutes)
  const seen = wallClock(guess)
  const offsetMs = Date.UTC(seen.y, seen.m - 1, seen.d, seen.h, seen.min) - guess
  return new Date(guess - offsetMs).toISOString()
}
