import { describe, expect, it } from 'vitest'
import { osloInstant } from '../../src/catalog/osloTime.js'
import { reminderDueAt } from '../../src/reminders/reminderDueAt.js'

const due = (date: string, time: string, days: number) => reminderDueAt(osloInstant(date, time), days).toISOString()

describe('when a reminder falls due', () => {
  it('is the same Oslo time, N calendar days before', () => {
    expect(due('2027-02-10', '09:00', 2)).toBe('2027-02-08T08:00:00.000Z')
    expect(due('2027-06-10', '09:00', 2)).toBe('2027-06-08T07:00:00.000Z')
    expect(due('2027-03-01', '13:30', 3)).toBe('2027-02-26T12:30:00.000Z')
    expect(due('2027-01-01', '08:15', 1)).toBe('2026-12-31T07:15:00.000Z')
  })

  it('holds across the March clock change (summer time from 28 March 2027)', () => {
    // Monday 29 March 09:00 Oslo is 07:00 UTC; two days before, Saturday 27 March 09:00 Oslo, is 08:00 UTC.
    expect(osloInstant('2027-03-29', '09:00').toISOString()).toBe('2027-03-29T07:00:00.000Z')
    expect(due('2027-03-29', '09:00', 2)).toBe('2027-03-27T08:00:00.000Z')
    expect(due('2027-03-28', '12:00', 1)).toBe('2027-03-27T11:00:00.000Z')
  })

  it('holds across the October clock change (winter time from 31 October 2027)', () => {
    // Monday 1 November 09:00 Oslo is 08:00 UTC; two days before, Saturday 30 October 09:00 Oslo, is 07:00 UTC.
    expect(due('2027-11-01', '09:00', 2)).toBe('2027-10-30T07:00:00.000Z')
    expect(due('2027-10-31', '12:00', 1)).toBe('2027-10-30T10:00:00.000Z')
  })

  it('is the start itself with 0 days, seconds kept', () => {
    const start = new Date('2027-05-05T07:30:45.000Z')
    expect(reminderDueAt(start, 0).toISOString()).toBe(start.toISOString())
    expect(reminderDueAt(start, 60).toISOString()).toBe('2027-03-06T08:30:45.000Z')
  })
})
