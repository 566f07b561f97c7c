import * as v from 'valibot'
import type { FieldErrorCode } from './errors.js'

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
    v.nullish(v.string('invalid-type' satisfies FieldErrorCode), ''),
    v.trim(),
    v.normalize('NFC'),
    v.check((value) => !required || hasVisibleText(value), 'required' satisfies FieldErrorCode),
    v.check((value) => !forbidden.test(value), 'invalid-characters' satisfies FieldErrorCode),
    v.maxLength(max, 'too-long' satisfies FieldErrorCode),
  )
}

/** A work email: lower-cased, at most 254 characters (RFC 5321). */
export const emailField = v.pipe(
  v.nullish(v.string('invalid-type' satisfies FieldErrorCode), ''),
  v.trim(),
  v.check((value) => value.length > 0, 'required' satisfies FieldErrorCode),
  v.maxLength(254, 'too-long' satisfies FieldErrorCode),
  v.email('invalid-email' satisfies FieldErrorCode),
  v.toLowerCase(),
)

/** Client-made key that makes a retried submit return the first answer. */
export const idempotencyKeyField = v.pipe(
  // Missing and null read as '' so they are reported as `required`, like every other field.
  v.nullish(v.string('invalid-type' satisfies FieldErrorCode), ''),
  v.check((value) => value.length > 0, 'required' satisfies FieldErrorCode),
  v.regex(/^[A-Za-z0-9_-]{8,100}$/, 'invalid-characters' satisfies FieldErrorCode),
)
