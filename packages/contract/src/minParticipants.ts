import { refuse, type Rule } from './validation.js'

/**
 * A session's *Minimum antall deltakere*: under it the session is at risk of being cancelled. A whole number
 * from 1 to the session's seats; missing, null and '' mean no minimum. Digits typed into a text field are taken
 * as the number they spell.
 */
export const minParticipantsField =
  (seats: number): Rule<number | undefined> =>
  (input) => {
    if (input === undefined || input === null || input === '') return undefined
    const minimum = typeof input === 'number' || (typeof input === 'string' && /^\s*\d{1,6}\s*$/.test(input)) ? Number(input) : Number.NaN
    if (!Number.isInteger(minimum)) refuse('invalid-type')
    if (minimum < 1 || !(minimum <= seats)) refuse('out-of-range')
    return minimum
  }
