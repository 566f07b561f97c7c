import { describe, expect, it } from 'vitest'
import { certificateHours, formatHours } from '../../src/certificate/certificateHours.js'

const meeting = (start: string, end: string) => ({ startsAt: start, endsAt: end })

describe("a certificate's hours", () => {
  it('are the sum of the meetings\' lengths, to the minute', () => {
    const gatherings = [
      meeting('2027-03-02T08:00:00.000Z', '2027-03-02T14:00:00.000Z'), // 6 h
      meeting('2027-03-16T07:30:00.000Z', '2027-03-16T15:00:00.000Z'), // 7.5 h
      meeting('2027-04-06T07:00:00.000Z', '2027-04-06T10:15:00.000Z'), // 3.25 h, across the change to summer time in Oslo
      meeting('2027-04-20T11:00:00.000Z', '2027-04-20T12:45:00.000Z'), // 1.75 h
    ]
    expect(certificateHours(gatherings)).toBe(18.5)
    expect(certificateHours(gatherings.slice(0, 2))).toBe(13.5)
    expect(certificateHours([])).toBe(0)
  })

  it('count a meeting with no length, or a broken time, as nothing', () => {
    expect(certificateHours([meeting('2027-03-02T14:00:00.000Z', '2027-03-02T08:00:00.000Z'), meeting('not a time', '2027-03-02T08:00:00.000Z')])).toBe(0)
  })

  it('are written the reader\'s way: a decimal comma in Norwegian, singular for one hour', () => {
    expect(formatHours(14, 'nb')).toBe('14 timer')
    expect(formatHours(7.5, 'nb')).toBe('7,5 timer')
    expect(formatHours(1, 'nb')).toBe('1 time')
    expect(formatHours(7.5, 'nn')).toBe('7,5 timar')
    expect(formatHours(1 / 3 + 2, 'nb')).toBe('2,33 timer')
    expect(formatHours(7.5, 'en')).toBe('7.5 hours')
    expect(formatHours(1, 'en')).toBe('1 hour')
  })
})
