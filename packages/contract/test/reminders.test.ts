import { describe, expect, it } from 'vitest'
import { reminderDaysField, runRule } from '../src/index.js'

const verdict = (value: unknown) => {
  const result = runRule(reminderDaysField, value)
  return result.ok ? result.value : result.fields._
}

describe('the days before a meeting its reminder goes out', () => {
  it.each([
    [0, 0],
    [2, 2],
    [60, 60],
    ['7', 7],
    [' 14 ', 14],
  ])('takes %j as %j', (input, days) => expect(verdict(input)).toBe(days))

  it.each([undefined, null, ''])('reads %j as none given', (input) => expect(verdict(input)).toBeUndefined())

  it.each([
    [-1, 'out-of-range'],
    [61, 'out-of-range'],
    [1000, 'out-of-range'],
    ['999', 'out-of-range'],
    [1.5, 'invalid-type'],
    [Number.NaN, 'invalid-type'],
    [Number.POSITIVE_INFINITY, 'invalid-type'],
    ['2.5', 'invalid-type'],
    ['-1', 'invalid-type'],
    ['1e1', 'invalid-type'],
    ['to', 'invalid-type'],
    ['2<script>', 'invalid-type'],
    ['1'.repeat(5000), 'invalid-type'],
    [true, 'invalid-type'],
    [[2], 'invalid-type'],
    [{ days: 2 }, 'invalid-type'],
  ])('refuses %j as %s', (input, code) => expect(verdict(input)).toBe(code))
})
