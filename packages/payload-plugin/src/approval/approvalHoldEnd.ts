import { addDays, osloDate, osloInstant, osloWallClock } from '../catalog/osloTime.js'
import { isWorkingDay } from './norwegianHolidays.js'

const pad = (value: number) => String(value).padStart(2, '0')

/**
 * When a seat held for a leader's approval is given up: `workingDays` Norwegian working days after
 * `now`, at the same time on Oslo's clock (a hold from Thursday 10:00 before Easter, over five working
 * days, ends the Thursday after at 10:00). Never past the session's sign-up deadline; a hold given
 * after the deadline (a place from the waiting list) ends, at the latest, when the session starts.
 */
export function approvalHoldEnd(now: Date, workingDays: number, session: { signupDeadline: string | null; startsAt: string | null }): Date {
  let date = osloDate(now)
  for (let counted = 0; counted < workingDays; ) {
    date = addDays(date, 1)
    if (isWorkingDay(date)) counted++
  }
  const wall = osloWallClock(now)
  const end = new Date(osloInstant(date, `${pad(wall.hour)}:${pad(wall.minute)}`).getTime() + wall.second * 1000 + now.getUTCMilliseconds())
  const deadline = session.signupDeadline && new Date(session.signupDeadline) > now ? session.signupDeadline : session.startsAt
  return deadline && new Date(deadline) < end ? new Date(deadline) : end
}
