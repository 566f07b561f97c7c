import * as v from 'valibot'
import type { FieldErrorCode } from './errors.js'

// The form validates in the browser with these same rules, so they are built from a few valibot pieces
// (check, transform, custom) rather than one action per rule: each piece is code in the widgets' bundle.
// Only the field error code of an issue is kept, so a check says as much as maxLength, regex or email would.

/** A string rule that refuses with `code`. */
export const rule = (test: (value: string) => boolean, code: FieldErrorCode) => v.check(test, code)

export const maxLength = (max: number) => rule((value) => value.length <= max, 'too-long')

export const matches = (pattern: RegExp, code: FieldErrorCode) => rule((value) => pattern.test(value), code)

/** One of a fixed list of values (valibot's picklist, as a custom schema). */
export const oneOf = <T extends string>(options: readonly T[], code: FieldErrorCode) =>
  v.custom<T>((value) => (options as readonly unknown[]).includes(value), code)

// Missing and null read as '' so they are reported as `required`, like every other field.
const optionalString = v.nullish(v.string('invalid-type' satisfies FieldErrorCode), '')

// C0/C1 controls, bidi overrides (they can disguise a name), and the BOM are never real input.
const forbiddenInLine = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/
const forbiddenInText = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFEFF]/
// A value of only zero-width characters is as empty as a blank one.
const invisible = /[\s\u00AD\u200B-\u200D\u2060]/gu

const hasVisibleText = (value: string) => value.replace(invisible, '').length > 0

export interface TextRule {
  max: number
  required: boolean
  multiline?: boolean
}

/** A trimmed, NFC-normalised string field whose issues carry our field error codes as messages. */
export function textField({ max, required, multiline = false }: TextRule) {
  const forbidden = multiline ? forbiddenInText : forbiddenInLine
  return v.pipe(
    optionalString,
    v.transform((value) => value.trim().normalize('NFC')),
    rule((value) => !required || hasVisibleText(value), 'required'),
    rule((value) => !forbidden.test(value), 'invalid-characters'),
    maxLength(max),
  )
}

/** A work email: lower-cased, at most 254 characters (RFC 5321), in the shape valibot's email action accepts. */
export const emailField = v.pipe(
  optionalString,
  v.transform((value) => value.trim()),
  rule((value) => value.length > 0, 'required'),
  maxLength(254),
  matches(v.EMAIL_REGEX, 'invalid-email'),
  v.transform((value) => value.toLowerCase()),
)

/** Client-made key that makes a retried submit return the first answer. */
export const idempotencyKeyField = v.pipe(
  optionalString,
  rule((value) => value.length > 0, 'required'),
  matches(/^[A-Za-z0-9_-]{8,100}$/, 'invalid-characters'),
)
