import { describe, expect, it } from 'vitest'
import { fewSeatsThreshold, seatStatusOf, seatsLeft, signupClosed } from '../../src/catalog/seatStatus.js'

const now = new Date('2031-03-10T12:00:00.000Z')

describe('signupClosed', () => {
  it('closes at the deadline, to the millisecond', () => {
    expect(signupClosed({ signupDeadline: '2031-03-10T12:00:00.001Z', startsAt: '2031-04-01T08:00:00.000Z' }, now)).toBe(false)
    expect(signupClosed({ signupDeadline: '2031-03-10T12:00:00.000Z', startsAt: '2031-04-01T08:00:00.000Z' }, now)).toBe(true)
  })

  it('without a deadline, closes when the first meeting starts', () => {
    expect(signupClosed({ signupDeadline: null, startsAt: '2031-03-10T13:00:00.000Z' }, now)).toBe(false)
    expect(signupClosed({ signupDeadline: null, startsAt: '2031-03-10T11:00:00.000Z' }, now)).toBe(true)
  })

  it('the deadline wins over the start, even when it is later', () => {
    expect(signupClosed({ signupDeadline: '2031-03-11T00:00:00.000Z', startsAt: '2031-03-10T08:00:00.000Z' }, now)).toBe(false)
  })

  it('stays open with neither a deadline nor a start', () => {
    expect(signupClosed({ signupDeadline: null, startsAt: null }, now)).toBe(false)
    expect(signupClosed({}, now)).toBe(false)
  })
})

describe('seatStatusOf', () => {
  const open = { capacity: 20, taken: 0, status: 'open' as const, signupDeadline: '2031-03-20T00:00:00.000Z', waitlistEnabled: true }

  it('says cancelled before anything else, then closed', () => {
    expect(seatStatusOf({ ...open, status: 'cancelled', signupDeadline: '2031-01-01T00:00:00.000Z' }, now)).toBe('cancelled')
    expect(seatStatusOf({ ...open, taken: 20, signupDeadline: '2031-01-01T00:00:00.000Z' }, now)).toBe('closed')
  })

  it('full: a waiting list when it is on, else full', () => {
    expect(seatStatusOf({ ...open, taken: 20 }, now)).toBe('waitlist')
    expect(seatStatusOf({ ...open, taken: 25 }, now)).toBe('waitlist')
    expect(seatStatusOf({ ...open, taken: 20, waitlistEnabled: false }, now)).toBe('full')
  })

  it('few left from a fifth of the capacity, never below three seats', () => {
    expect(fewSeatsThreshold(20)).toBe(4)
    expect(fewSeatsThreshold(5)).toBe(3)
    expect(seatStatusOf({ ...open, taken: 16 }, now)).toBe('few-left')
    expect(seatStatusOf({ ...open, taken: 15 }, now)).toBe('open')
    expect(seatStatusOf({ ...open, capacity: 5, taken: 2 }, now)).toBe('few-left')
  })

  it('never counts fewer than zero seats left', () => {
    expect(seatsLeft({ capacity: 10, taken: 12 })).toBe(0)
  })
})
