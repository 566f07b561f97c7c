import { addDays, osloDate, osloInstant, osloWallClock } from '../catalog/osloTime.js'

const pad = (value: number) => String(value).padStart(2, '0')

/**
 * When the reminder for a meeting starting at `startsAt` falls due, `daysBefore` days ahead: the same
 * time on Oslo's clocks that many calendar days earlier, so a 09:00 meeting is reminded of at 09:00
 * across the March and October clock changes (24 hours earlier would be 08:00 or 10:00 there).
 */
export function reminderDueAt(startsAt: Date, daysBefore: number): Date {
  const wall = osloWallClock(startsAt)
  const due = osloInstant(addDays(osloDate(startsAt), -daysBefore), `${pad(wall.hour)}:${pad(wall.minute)}`)
  return new Date(due.getTime() + wall.second * 1000 + (startsAt.getTime() % 1000))
}
