import { refuse, type Rule } from './validation.js'

/**
 * A session's completion rule: at least this many of its gatherings attended. Missing, null and '' mean
 * none given: every gathering. A whole number from 1 to the session's own number of meetings; digits typed
 * into a text field are taken as the number they spell.
 */
export const completionMinimumField =
  (meetingCount: number): Rule<number | undefined> =>
  (input) => {
    if (input === undefined || input === null || input === '') return undefined
    const meetings = typeof input === 'number' || (typeof input === 'string' && /^\s*\d{1,3}\s*$/.test(input)) ? Number(input) : Number.NaN
    if (!Number.isInteger(meetings)) refuse('invalid-type')
    if (meetings < 1 || meetings > meetingCount) refuse('out-of-range')
    return meetings
  }

/** How many gatherings a participant must attend to complete: the session's minimum, or all of them. */
export const meetingsToComplete = (minimum: number | null | undefined, meetingCount: number): number =>
  typeof minimum === 'number' && Number.isInteger(minimum) && minimum >= 1 ? Math.min(minimum, meetingCount) : meetingCount

/** Whether a participant present at `attended` gatherings has completed a session with this rule. */
export const hasCompleted = (attended: number, minimum: number | null | undefined, meetingCount: number): boolean =>
  meetingCount > 0 && attended >= meetingsToComplete(minimum, meetingCount)
