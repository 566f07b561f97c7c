import { describe, expect, it } from 'vitest'
import { summariseSignupBursts, type SignupBurst } from '../src/signupLoad.js'
import { percentile } from '../src/stats.js'

const burst = (startedAt: number, finishedAt: number, latenciesMs: number[], extra: Partial<SignupBurst> = {}): SignupBurst => ({
  requests: latenciesMs.length,
  startedAt,
  finishedAt,
  confirmed: 1,
  waitlisted: latenciesMs.length - 1,
  otherStatus: 0,
  errors: {},
  latenciesMs,
  ...extra,
})

describe('sign-up bursts to two instances, as one load', () => {
  it('runs from the first request out to the last answer in, and takes percentiles over every answer of both', () => {
    const a = burst(1_000, 3_000, [100, 200, 300, 400])
    const b = burst(1_200, 4_500, [150, 250, 350, 4_000], { errors: { '429 rate-limited': 1 }, waitlisted: 2, requests: 5 })
    const load = summariseSignupBursts([a, b])
    expect(load.requests).toBe(9)
    expect(load.durationSeconds).toBe(3.5)
    expect([load.confirmed, load.waitlisted]).toEqual([2, 5])
    expect(load.errors).toEqual({ '429 rate-limited': 1 })
    // 9 sent, 7 taken, 1 refused: one got no answer.
    expect(load.unanswered).toBe(1)
    expect(load.latencyP50Ms).toBe(250)
    expect(load.latencyP99Ms).toBe(4_000)
    expect(load.signupsPerSecond).toBe(2)
  })

  it('adds up the refusals of each kind', () => {
    const load = summariseSignupBursts([
      burst(0, 1, [1], { errors: { '429 rate-limited': 2, '500 no-error-body': 1 } }),
      burst(0, 1, [1], { errors: { '429 rate-limited': 3 } }),
    ])
    expect(load.errors).toEqual({ '429 rate-limited': 5, '500 no-error-body': 1 })
  })
})

describe('the nearest-rank percentile', () => {
  it('is a value that was measured, at or above the share asked for', () => {
    const values = Array.from({ length: 100 }, (_, index) => 100 - index)
    expect(percentile(values, 0.99)).toBe(99)
    expect(percentile(values, 0.5)).toBe(50)
    expect(percentile([7], 0.99)).toBe(7)
    expect(percentile([], 0.5)).toBeNaN()
  })
})
