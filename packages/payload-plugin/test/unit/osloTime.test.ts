import { catalogTimeZone } from '@kurskatalog/contract'
import { describe, expect, it } from 'vitest'
import { addDays, osloDate, osloInstant, osloStartOfDay, osloWallClock } from '../../src/catalog/osloTime.js'
import { wallClockIn } from '../../src/catalog/wallClock.js'

describe('Oslo time', () => {
  it('is the catalogue time zone', () => {
    expect(catalogTimeZone).toBe('Europe/Oslo')
  })

  it('reads the wall clock in winter (UTC+1) and in summer (UTC+2)', () => {
    expect(osloWallClock(new Date('2031-01-15T08:30:05Z'))).toEqual({ year: 2031, month: 1, day: 15, hour: 9, minute: 30, second: 5 })
    expect(osloWallClock(new Date('2031-07-15T08:30:05Z'))).toEqual({ year: 2031, month: 7, day: 15, hour: 10, minute: 30, second: 5 })
    expect(wallClockIn(new Date('2031-07-15T08:30:05Z'), 'UTC').hour).toBe(8)
  })

  it('finds the instant of an Oslo date and time, summer time included', () => {
    expect(osloInstant('2031-01-15', '09:00').toISOString()).toBe('2031-01-15T08:00:00.000Z')
    expect(osloInstant('2031-07-15', '09:00').toISOString()).toBe('2031-07-15T07:00:00.000Z')
    expect(osloInstant('2031-12-31', '23:59').toISOString()).toBe('2031-12-31T22:59:00.000Z')
  })

  it('knows where each day begins around the clock changes', () => {
    // Summer time starts on 30 March 2031 at 02:00, and ends on 26 October at 03:00.
    expect(osloStartOfDay('2031-03-30').toISOString()).toBe('2031-03-29T23:00:00.000Z')
    expect(osloStartOfDay('2031-03-31').toISOString()).toBe('2031-03-30T22:00:00.000Z')
    expect(osloInstant('2031-03-30', '12:00').toISOString()).toBe('2031-03-30T10:00:00.000Z')
    expect(osloStartOfDay('2031-10-26').toISOString()).toBe('2031-10-25T22:00:00.000Z')
    expect(osloInstant('2031-10-26', '12:00').toISOString()).toBe('2031-10-26T11:00:00.000Z')
    expect(osloStartOfDay('2031-10-27').toISOString()).toBe('2031-10-26T23:00:00.000Z')
  })

  it('names the Oslo day of an instant, which is not always the UTC day', () => {
    expect(osloDate(new Date('2031-07-14T22:30:00Z'))).toBe('2031-07-15')
    expect(osloDate(new Date('2031-01-14T22:30:00Z'))).toBe('2031-01-14')
    expect(osloDate(osloInstant('2031-03-30', '00:00'))).toBe('2031-03-30')
  })

  it('adds calendar days across months, years and backwards', () => {
    expect(addDays('2031-01-31', 1)).toBe('2031-02-01')
    expect(addDays('2031-12-31', 1)).toBe('2032-01-01')
    expect(addDays('2032-02-28', 1)).toBe('2032-02-29')
    expect(addDays('2031-03-01', -1)).toBe('2031-02-28')
    expect(addDays('2031-03-29', 2)).toBe('2031-03-31')
  })
})
