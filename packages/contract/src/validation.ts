import type { FieldErrorCode } from './errors.js'

export type FieldErrors = Record<string, FieldErrorCode>

export type Validation<T> = { ok: true; value: T } | { ok: false; fields: FieldErrors }

/**
 * One field's rule: given what was sent (undefined when it was not), the clean value, or a `Refusal`.
 * The rules run in the API and, unchanged, in the widgets' forms, so they are plain functions: no schema
 * library in the visitor's download.
 */
export type Rule<T> = (value: unknown) => T

/** Why a value was refused: a field error code, or codes by entry (for a map such as a sign-up's answers). */
export class Refusal {
  constructor(readonly reason: FieldErrorCode | FieldErrors) {}
}

export function refuse(reason: FieldErrorCode | FieldErrors): never {
  throw new Refusal(reason)
}

/** Runs `rule`, turning a refusal into field errors under `path` ('_' for the value itself). */
export function runRule<T>(rule: Rule<T>, value: unknown, path = '_'): Validation<T> {
  try {
    return { ok: true, value: rule(value) }
  } catch (error) {
    if (!(error instanceof Refusal)) throw error
    const { reason } = error
    const fields: FieldErrors = {}
    if (typeof reason === 'string') fields[path] = reason
    else for (const key in reason) fields[`${path}.${key}`] = reason[key]!
    return { ok: false, fields }
  }
}

export type Shape = Record<string, Rule<unknown>>

// A rule that answers undefined for a missing field leaves it out (sourceUrl?: string).
export type ShapeOutput<S extends Shape> = { [K in keyof S as undefined extends ReturnType<S[K]> ? never : K]: ReturnType<S[K]> } & {
  [K in keyof S as undefined extends ReturnType<S[K]> ? K : never]?: Exclude<ReturnType<S[K]>, undefined>
}

/**
 * Checks an object field by field, in the shape's order, keeping the first error code of each field
 * keyed by its dotted path; a value that is not an object is refused as a whole ('_'). Fields not in the
 * shape are dropped.
 */
export function checkObject<S extends Shape>(shape: S, input: unknown): Validation<ShapeOutput<S>> {
  if (!input || typeof input !== 'object') return { ok: false, fields: { _: 'invalid-type' } }
  const fields: FieldErrors = {}
  const value: Record<string, unknown> = {}
  for (const key in shape) {
    const result = runRule(shape[key]!, (input as Record<string, unknown>)[key], key)
    if (!result.ok) Object.assign(fields, result.fields)
    else if (result.value !== undefined || key in input) value[key] = result.value
  }
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, value: value as ShapeOutput<S> }
}
