import { osloWallClock } from '../catalog/osloTime.js'

const pad = (value: number, length = 2) => String(value).padStart(length, '0')

/** "01.12.2026 14:05" in Oslo time: the form a Norwegian Excel reads as a date and time. */
export function norwegianDateTime(instant: Date): string {
  const wall = osloWallClock(instant)
  return `${pad(wall.day)}.${pad(wall.month)}.${pad(wall.year, 4)} ${pad(wall.hour)}:${pad(wall.minute)}`
}

/** "01.12.2026" in Oslo time. */
export function norwegianDay(instant: Date): string {
  const wall = osloWallClock(instant)
  return `${pad(wall.day)}.${pad(wall.month)}.${pad(wall.year, 4)}`
}

/**
 * The Oslo wall time of an instant, written as if it were UTC: a spreadsheet's date cell has no zone,
 * and its writer counts days from UTC, so this is how the cell shows the time an Oslo reader expects.
 */
export function osloWallTimeAsUtc(instant: Date): Date {
  const wall = osloWallClock(instant)
  return new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second))
}
