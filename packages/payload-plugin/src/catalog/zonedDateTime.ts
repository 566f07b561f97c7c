import type { ICalDateTimeValue } from 'ical-generator'
import { wallClockIn, type WallClock } from './wallClock.js'

type Zoned = Extract<ICalDateTimeValue, { timeZoneId: string }>
type Plain = ReturnType<Zoned['toPlainDateTime']>

const pad = (value: number, length = 2) => String(value).padStart(length, '0')

function plain(wall: WallClock, zoned: (timeZone: string) => Zoned): Plain {
  const date = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`
  const text = `${date}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`
  return {
    ...wall,
    toPlainDate: () => ({ year: wall.year, month: wall.month, day: wall.day, toJSON: () => date, toString: () => date }),
    toZonedDateTime: zoned,
    toJSON: () => text,
    toString: () => text,
  }
}

/**
 * An instant as a Temporal.ZonedDateTime-shaped value, which ical-generator formats as wall time
 * with a TZID. Given a plain Date and a timezone, ical-generator would print the *server's* local
 * time instead, so an instant would be off by the server's offset. Node 20 has no Temporal yet.
 */
export function zonedDateTime(instant: Date, timeZone: string): Zoned {
  const wall = wallClockIn(instant, timeZone)
  const iso = instant.toISOString()
  const self: Zoned = {
    ...wall,
    timeZoneId: timeZone,
    withTimeZone: (other: string) => (other === timeZone ? self : zonedDateTime(instant, other)),
    toPlainDateTime: () => plain(wall, (other) => zonedDateTime(instant, other)),
    toInstant: () => ({
      epochMilliseconds: instant.getTime(),
      toJSON: () => iso,
      toString: () => iso,
      toZonedDateTimeISO: (other: string) => zonedDateTime(instant, other),
    }),
    toJSON: () => iso,
    toString: () => iso,
  }
  return self
}
