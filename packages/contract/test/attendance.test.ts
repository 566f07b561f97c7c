import { describe, expect, it } from 'vitest'
import { completionMinimumField, hasCompleted, meetingsToComplete, runRule } from '../src/index.js'

const verdict = (value: unknown, meetings = 4) => {
  const result = runRule(completionMinimumField(meetings), value)
  return result.ok ? result.value : result.fields._
}

describe("a session's completion rule: attended at least N of its M gatherings", () => {
  it.each([
    [1, 1],
    [3, 3],
    [4, 4],
    ['2', 2],
    [' 3 ', 3],
  ])('takes %j of 4 as %j', (input, minimum) => expect(verdict(input)).toBe(minimum))

  it.each([undefined, null, ''])('reads %j as none given (every gathering)', (input) => expect(verdict(input)).toBeUndefined())

  it.each([
    [0, 'out-of-range'],
    [5, 'out-of-range'],
    ['5', 'out-of-range'],
    [-1, 'out-of-range'],
    [1.5, 'invalid-type'],
    [Number.NaN, 'invalid-type'],
    ['2.5', 'invalid-type'],
    ['-1', 'invalid-type'],
    ['tre', 'invalid-type'],
    [true, 'invalid-type'],
    [[3], 'invalid-type'],
    [{ valueOf: () => 3 }, 'invalid-type'],
  ])('refuses %j as %s', (input, code) => expect(verdict(input)).toBe(code))

  it("is checked against the session's own number of meetings", () => {
    expect(verdict(2, 1)).toBe('out-of-range')
    expect(verdict(1, 1)).toBe(1)
    expect(verdict(30, 30)).toBe(30)
    expect(verdict(1, 0)).toBe('out-of-range')
  })

  it('asks for every gathering when no minimum is set', () => {
    expect(meetingsToComplete(undefined, 4)).toBe(4)
    expect(meetingsToComplete(null, 4)).toBe(4)
    expect(meetingsToComplete(3, 4)).toBe(3)
    // A minimum left higher than the meetings an editor kept asks for all of them, never for more.
    expect(meetingsToComplete(5, 4)).toBe(4)
  })

  it('completes a participant present at enough gatherings', () => {
    expect(hasCompleted(4, undefined, 4)).toBe(true)
    expect(hasCompleted(3, undefined, 4)).toBe(false)
    expect(hasCompleted(3, 3, 4)).toBe(true)
    expect(hasCompleted(2, 3, 4)).toBe(false)
    expect(hasCompleted(0, undefined, 0)).toBe(false)
  })
})
