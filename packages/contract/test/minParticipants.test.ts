import { describe, expect, it } from 'vitest'
import { minParticipantsField, runRule } from '../src/index.js'

const verdict = (value: unknown, seats = 20) => {
  const result = runRule(minParticipantsField(seats), value)
  return result.ok ? result.value : result.fields._
}

describe('a session\'s minimum number of participants', () => {
  it.each([
    [1, 1],
    [8, 8],
    [20, 20],
    ['12', 12],
    [' 5 ', 5],
  ])('takes %j of 20 seats as %j', (input, minimum) => expect(verdict(input)).toBe(minimum))

  it.each([undefined, null, ''])('reads %j as no minimum', (input) => expect(verdict(input)).toBeUndefined())

  it('may be as many as the seats, never more', () => {
    expect(verdict(12, 12)).toBe(12)
    expect(verdict(13, 12)).toBe('out-of-range')
    expect(verdict('13', 12)).toBe('out-of-range')
  })

  it('refuses any minimum while the seats are not a number', () => expect(verdict(3, Number.NaN)).toBe('out-of-range'))

  it.each([
    [0, 'out-of-range'],
    [-1, 'out-of-range'],
    [21, 'out-of-range'],
    [1_000_000, 'out-of-range'],
    [1.5, 'invalid-type'],
    [Number.NaN, 'invalid-type'],
    [Number.POSITIVE_INFINITY, 'invalid-type'],
    ['2.5', 'invalid-type'],
    ['-1', 'invalid-type'],
    ['1e1', 'invalid-type'],
    ['åtte', 'invalid-type'],
    ['2<script>', 'invalid-type'],
    ['1'.repeat(5000), 'invalid-type'],
    [true, 'invalid-type'],
    [[2], 'invalid-type'],
    [{ minimum: 2 }, 'invalid-type'],
  ])('refuses %j as %s', (input, code) => expect(verdict(input)).toBe(code))
})
