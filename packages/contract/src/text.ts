import type { FieldErrorCode } from './errors.js'
import { refuse, type Rule } from './validation.js'

// Never real input: C0/C1 controls, the line and paragraph separators, bidi overrides (they can disguise a
// name), the BOM, and lone surrogates (half a character, which a database stores as U+FFFD).
const forbidden = /[\0-\x1F\x7F-\x9F\u2028-\u202E\u2066-\u2069\uFEFF\uD800-\uDFFF]/u
// What multi-line text may hold besides: tabs and line breaks.
const lineBreaks = /[\t\n\r\u2028\u2029]/g
// A value of only zero-width characters is as empty as a blank one.
const invisible = /[\s\u00AD\u200B-\u200D\u2060]/gu
// The work addresses the API has always accepted (valibot's email pattern, which it used to check them with),
// with a local part of at most 64 characters (RFC 5321): a longer one bounces.
const emailPattern = /^(?=[^@]{1,64}@)[\w+-]+(?:\.[\w+-]+)*@[\da-zA-Z]+(?:[.-][\da-zA-Z]+)*\.[a-zA-Z]{2,}$/u

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
  return (input) => {
    const value = stringValue(input).trim().normalize('NFC')
    if (required && !value.replace(invisible, '')) refuse('required')
    if (forbidden.test(multiline ? value.replace(lineBreaks, '') : value)) refuse('invalid-characters')
    if (value.length > max) refuse('too-long')
    return value
  }
}

/** A work email: lower-cased, at most 254 characters and 64 before the @ (RFC 5321). */
export const emailField: Rule<string> = (input) => {
  const value = stringValue(input).trim()
  if (!value) refuse('required')
  if (value.length > 254) refuse('too-long')
  if (!emailPattern.test(value)) refuse('invalid-email')
  return value.toLowerCase()
}

/** A work email that may be left out: missing, null and '' mean none; anything else is checked as `emailField`. */
export const optionalEmailField: Rule<string | undefined> = (input) => (input == null || input === '' ? undefined : emailField(input))

/**
 * A web address as a browser sends it: absolute http(s), printable ASCII (percent-encoded), at most 2000
 * characters. Missing, null and '' mean none.
 */
export const urlField: Rule<string | undefined> = (input) => {
  const value = stringValue(input)
  if (!value) return undefined
  if (value.length > 2000) refuse('too-long')
  if (!/^https?:\/\/(?![/?#])[!-~]+$/i.test(value)) refuse('invalid-url')
  return value
}

/** Client-made key that makes a retried submit return the first answer. */
export const idempotencyKeyField: Rule<string> = (input) => {
  const value = stringValue(input)
  if (!value) refuse('required')
  if (!/^[A-Za-z0-9_-]{8,100}$/.test(value)) refuse('invalid-characters')
  return value
}
