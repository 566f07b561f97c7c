import type { FieldErrorCode } from './errors.js'
import { refuse, type Rule } from './validation.js'

// C0/C1 controls, bidi overrides (they can disguise a name), and the BOM are never real input.
const forbiddenInLine = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/
const forbiddenInText = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/
// A value of only zero-width characters is as empty as a blank one.
const invisible = /[\s\u00AD\u200B-\u200D\u2060]/gu
// The work addresses the API has always accepted (valibot's email pattern, which it used to check them with).
const emailPattern = /^[\w+-]+(?:\.[\w+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/u

/** A string; missing and null read as '' so they are reported as `required`, like every other field. */
export function stringValue(value: unknown): string {
  if (value == null) return ''
  if (typeof value !== 'string') refuse('invalid-type')
  return value
}

/** One of a fixed list; missing means `fallback`. */
export const oneOf =
  <T extends string>(options: readonly T[], fallback?: T): Rule<T> =>
  (value) => {
    if (value === undefined && fallback) return fallback
    if (!(options as readonly unknown[]).includes(value)) refuse('invalid-choice' satisfies FieldErrorCode)
    return value as T
  }

export interface TextRule {
  max: number
  required: boolean
  multiline?: boolean
}

/** A trimmed, NFC-normalised string field. */
export function textField({ max, required, multiline = false }: TextRule): Rule<string> {
  const forbidden = multiline ? forbiddenInText : forbiddenInLine
  return (input) => {
    const value = stringValue(input).trim().normalize('NFC')
    if (required && !value.replace(invisible, '')) refuse('required')
    if (forbidden.test(value)) refuse('invalid-characters')
    if (value.length > max) refuse('too-long')
    return value
  }
}

/** A work email: lower-cased, at most 254 characters (RFC 5321). */
export const emailField: Rule<string> = (input) => {
  const value = stringValue(input).trim()
  if (!value) refuse('required')
  if (value.length > 254) refuse('too-long')
  if (!emailPattern.test(value)) refuse('invalid-email')
  return value.toLowerCase()
}

/** Client-made key that makes a retried submit return the first answer. */
export const idempotencyKeyField: Rule<string> = (input) => {
  const value = stringValue(input)
  if (!value) refuse('required')
  if (!/^[A-Za-z0-9_-]{8,100}$/.test(value)) refuse('invalid-characters')
  return value
}
