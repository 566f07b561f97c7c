import { wallClockIn, type WallClock } from './wallClock.js'

/** The catalogue's clock is Oslo's: date filters and calendar files speak Europe/Oslo wall time. */
export const catalogTimeZone = 'Europe/Oslo'

/** What a clock on the wall in Oslo shows at an instant. */
export const osloWallClock = (instant: Date): WallClock => wallClockIn(instant, catalogTimeZone)

const offsetMs = (instant: Date): number => {
  const wall = osloWallClock(instant)
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - Math.floor(instant.getTime() / 1000) * 1000
}

/** The instant a calendar day (YYYY-MM-DD) begins in Oslo, summer time included. */
export function osloStartOfDay(isoDate: string): Date {
  const utcMidnight = new Date(`${isoDate}T00:00:00Z`)
  const first = new Date(utcMidnight.getTime() - offsetMs(utcMidnight))
  // Checked once more at the found instant, in case the offset changes between the two.
  return new Date(utcMidnight.getTime() - offsetMs(first))
}

/** The day after an ISO date, as an ISO date. */
export function nextDay(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}
