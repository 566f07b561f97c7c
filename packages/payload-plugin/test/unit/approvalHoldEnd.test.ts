import { describe, expect, it } from 'vitest'
import { approvalHoldEnd } from '../../src/approval/approvalHoldEnd.js'
import { easterSunday, isWorkingDay, norwegianPublicHolidays } from '../../src/approval/norwegianHolidays.js'

const open = { signupDeadline: null, startsAt: null }

describe('Norwegian public holidays', () => {
  it('finds Easter Sunday (published dates)', () => {
    expect(['2024', '2025', '2026', '2027', '2028', '2038'].map((year) => easterSunday(Number(year)))).toEqual([
      '2024-03-31',
      '2025-04-20',
      '2026-04-05',
      '2027-03-28',
      '2028-04-16',
      '2038-04-25',
    ])
  })

  it('lists the eleven days of 2027 (17 May is Whit Monday that year)', () => {
    expect([...norwegianPublicHolidays(2027)].sort()).toEqual([
      '2027-01-01',
      '2027-03-25',
      '2027-03-26',
      '2027-03-28',
      '2027-03-29',
      '2027-05-01',
      '2027-05-06',
      '2027-05-16',
      '2027-05-17',
      '2027-12-25',
      '2027-12-26',
    ])
  })

  it('tells working days from weekends and holidays', () => {
    expect(isWorkingDay('2027-03-24')).toBe(true)
    expect(isWorkingDay('2027-03-25')).toBe(false)
    expect(isWorkingDay('2027-03-27')).toBe(false)
    expect(isWorkingDay('2026-05-14')).toBe(false) // Ascension Day 2026
    expect(isWorkingDay('2026-05-15')).toBe(true)
  })
})

describe('approvalHoldEnd', () => {
  it('counts five working days across a weekend, at the same time on Oslo\'s clock', () => {
    // Friday 8 January 2027, 14:30 in Oslo → Friday 15 January, 14:30.
    expect(approvalHoldEnd(new Date('2027-01-08T13:30:00Z'), 5, open).toISOString()).toBe('2027-01-15T13:30:00.000Z')
  })

  it('skips Easter 2027 (Maundy Thursday to Easter Monday) and keeps 10:00 across the change to summer time', () => {
    // Wednesday 24 March, 10:00 (UTC+1) → Tue 30, Wed 31, Thu 1, Fri 2, Mon 5 April, 10:00 (UTC+2).
    expect(approvalHoldEnd(new Date('2027-03-24T09:00:00Z'), 5, open).toISOString()).toBe('2027-04-05T08:00:00.000Z')
  })

  it('skips 17 May', () => {
    // Thursday 13 May 2027, 09:00 → Fri 14, (Mon 17 is a holiday) Tue 18 … Fri 21 May, 09:00.
    expect(approvalHoldEnd(new Date('2027-05-13T07:00:00Z'), 5, open).toISOString()).toBe('2027-05-21T07:00:00.000Z')
  })

  it('starts counting on the next working day when asked on a Saturday', () => {
    expect(approvalHoldEnd(new Date('2027-01-09T09:00:00Z'), 1, open).toISOString()).toBe('2027-01-11T09:00:00.000Z')
  })

  it('never runs past the sign-up deadline', () => {
    const deadline = '2027-01-12T11:00:00.000Z'
    expect(approvalHoldEnd(new Date('2027-01-08T13:30:00Z'), 5, { signupDeadline: deadline, startsAt: '2027-02-01T08:00:00.000Z' }).toISOString()).toBe(deadline)
  })

  it('after the deadline (a place from the waiting list), ends at the latest when the session starts', () => {
    const session = { signupDeadline: '2027-01-01T11:00:00.000Z', startsAt: '2027-01-13T08:00:00.000Z' }
    expect(approvalHoldEnd(new Date('2027-01-08T13:30:00Z'), 5, session).toISOString()).toBe(session.startsAt)
  })
})
