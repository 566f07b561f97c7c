import { addDays } from '../catalog/osloTime.js'

/** Easter Sunday of a year (Gregorian calendar; the anonymous algorithm of Meeus, Jones and Butcher), as YYYY-MM-DD. */
export function easterSunday(year: number): string {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

const byYear = new Map<number, Set<string>>()

/**
 * Norway's public holidays of a year: those of the holiday act (helligdagsloven § 2: New Year's Day,
 * Maundy Thursday, Good Friday, Easter Sunday and Monday, Ascension Day, Whit Sunday and Monday,
 * Christmas Day and Boxing Day) and the two days of 1 and 17 May (lov om 1. og 17. mai). The list is
 * fixed by law and follows from Easter, so it is computed here rather than taken from a library that
 * carries every country's calendar.
 */
export function norwegianPublicHolidays(year: number): Set<string> {
  let days = byYear.get(year)
  if (!days) {
    const easter = easterSunday(year)
    const fixed = ['01-01', '05-01', '05-17', '12-25', '12-26'].map((day) => `${year}-${day}`)
    days = new Set([...fixed, ...[-3, -2, 0, 1, 39, 49, 50].map((offset) => addDays(easter, offset))])
    byYear.set(year, days)
  }
  return days
}

/** A working day in Norway: Monday to Friday and not a public holiday. `isoDate` is YYYY-MM-DD. */
export function isWorkingDay(isoDate: string): boolean {
  const weekday = new Date(`${isoDate}T12:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6 && !norwegianPublicHolidays(Number(isoDate.slice(0, 4))).has(isoDate)
}
