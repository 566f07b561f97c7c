import * as v from 'valibot'
import { fieldErrorCodes, type FieldErrorCode } from './errors.js'

export type FieldErrors = Record<string, FieldErrorCode>

export type Validation<T> = { ok: true; value: T } | { ok: false; fields: FieldErrors }

const isFieldErrorCode = (message: string): message is FieldErrorCode =>
  (fieldErrorCodes as readonly string[]).includes(message)

/** Runs a schema and keeps the first error code of each field, keyed by its dotted path. */
export function collectFieldErrors(issues: readonly v.BaseIssue<unknown>[]): FieldErrors {
  const fields: FieldErrors = {}
  for (const issue of issues) {
    const path = issue.path?.map((item) => String(item.key)).join('.') || '_'
    if (path in fields) continue
    fields[path] = isFieldErrorCode(issue.message) ? issue.message : 'invalid-type'
  }
  return fields
}

export function runSchema<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
): Validation<v.InferOutput<TSchema>> {
  const result = v.safeParse(schema, input)
  if (result.success) return { ok: true, value: result.output }
  return { ok: false, fields: collectFieldErrors(result.issues) }
}
