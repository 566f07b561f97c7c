import { refuse, type Rule } from './validation.js'

export const reminderLimits = {
  /** The most days before a meeting a reminder may go out: further ahead it reminds of nothing. */
  maxDaysBefore: 60,
} as const

/**
 * Days before a meeting its reminder is emailed: a whole number from 0 (no reminder) to
 * `reminderLimits.maxDaysBefore`. Missing, null and '' mean none given (the catalogue's default applies).
 * Digits typed into a text field are taken as the number they spell.
 */
export const reminderDaysField: Rule<number | undefined> = (input) => {
  if (input === undefined || input === null || input === '') return undefined
  const days = typeof input === 'number' || (typeof input === 'string' && /^\s*\d{1,3}\s*$/.test(input)) ? Number(input) : Number.NaN
  if (!Number.isInteger(days)) refuse('invalid-type')
  if (days < 0 || days > reminderLimits.maxDaysBefore) refuse('out-of-range')
  return days
}
