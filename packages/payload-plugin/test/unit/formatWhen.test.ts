import { describe, expect, it } from 'vitest'
import { formatDate, formatDay, formatInstant, formatMeeting } from '../../src/email/formatWhen.js'

// The formatters are kept between calls (one per language and style): each call must still write its own language and Oslo's time.
describe('formatWhen: times as the emails write them, in Oslo and in the reader language', () => {
  it('writes a meeting on one day, and one over two days, in each language, whatever language came before', () => {
    for (let round = 0; round < 2; round++) {
      expect(formatMeeting('2031-02-11T08:00:00.000Z', '2031-02-11T14:00:00.000Z', 'nb')).toBe('tirsdag 11. februar 2031 kl. 09:00–15:00')
      expect(formatMeeting('2031-02-11T08:00:00.000Z', '2031-02-11T14:00:00.000Z', 'en')).toBe('Tuesday, 11 February 2031 09:00–15:00')
      expect(formatMeeting('2031-02-11T08:00:00.000Z', '2031-02-12T14:00:00.000Z', 'nn')).toBe('tysdag 11. februar 2031 kl. 09:00 – onsdag 12. februar 2031 kl. 15:00')
    }
  })

  it('follows Oslo across the clock change in March, and across midnight', () => {
    // 07:00Z is 08:00 in winter time (the Saturday) and 09:00 in summer time (the Monday).
    expect(formatInstant('2027-03-27T07:00:00.000Z', 'nb')).toBe('lørdag 27. mars 2027 kl. 08:00')
    expect(formatInstant('2027-03-29T07:00:00.000Z', 'en')).toBe('Monday, 29 March 2027, 09:00')
    expect(formatDay('2027-03-29T07:00:00.000Z', 'nn')).toBe('måndag 29. mars')
    expect(formatDate('2031-02-11T23:30:00.000Z', 'nb')).toBe('12. februar 2031')
    expect(formatDate(new Date('2031-02-11T22:30:00.000Z'), 'en')).toBe('11 February 2031')
  })
})
