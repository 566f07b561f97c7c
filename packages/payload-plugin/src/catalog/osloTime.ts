import { catalogTimeZone } from '@kurskatalog/contract'
import { wallClockIn, type WallClock } from './wallClock.js'

/** What a clock on the wall in Oslo shows at an instant. */
export const osloWallClock = (instant: Date): WallClock => wallClockIn(instant, catalogTimeZone)

const pad = (value: number, length = 2) => String(value).padStart(length, '0')

/** The Oslo calendar day (YYYY-MM-DD) an instant falls on. */
export function osloDate(instant: Date): string {
  const wall = osloWallClock(instant)
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`
}

const offsetMs = (instant: Date): number => {
  const wall = osloWallClock(instant)
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - Math.floor(instant.getTime() / 1000) * 1000
}

/** The instant Oslo's clocks show `time` (HH:MM) on a calendar day (YYYY-MM-DD), summer time included. */
export function osloInstant(isoDate: string, time = '00:00'): Date {
  const asIfUtc = new Date(`${isoDate}T${time}:00Z`)
  const first = new Date(asIfUtc.getTime() - offsetMs(asIfUtc))
  // Checked once more at the found instant, in case the offset changes between the two.
  return new Date(asIfUtc.getTime() - offsetMs(first))
}

/** The instant a calendar day (YYYY-MM-DD) begins in Oslo. */
export const osloStartOfDay = (isoDate: string): Date => osloInstant(isoDate)

/** The calendar day `days` after an ISO date (before it, when negative), as an ISO date. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}
