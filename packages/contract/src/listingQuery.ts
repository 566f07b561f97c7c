import * as v from 'valibot'
import type { FieldErrorCode } from './errors.js'
import { defaultPageSize, maxPageSize, offeringQueryKeys, type OfferingQuery } from './listing.js'
import { audiences, formats, offeringKinds } from './offerings.js'
import { textField } from './text.js'
import { runSchema, type Validation } from './validation.js'

// The API's check of the listing query. A module of its own because it builds valibot schemas when it loads.

export const maxFreeTextLength = 200
export const maxPage = 10_000

const slugFilter = v.optional(
  v.pipe(
    v.string('invalid-type' satisfies FieldErrorCode),
    v.maxLength(100, 'too-long' satisfies FieldErrorCode),
    v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'invalid-characters' satisfies FieldErrorCode),
  ),
)

const isoDate = v.optional(
  v.pipe(
    v.string('invalid-type' satisfies FieldErrorCode),
    v.regex(/^\d{4}-\d{2}-\d{2}$/, 'invalid-date' satisfies FieldErrorCode),
    // Round-tripping through Date refuses 2031-02-30 and 2031-13-01, which the pattern lets through.
    v.check((value) => {
      const date = new Date(`${value}T00:00:00Z`)
      return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
    }, 'invalid-date' satisfies FieldErrorCode),
  ),
)

const wholeNumber = (max: number) =>
  v.optional(
    v.pipe(
      v.string('invalid-type' satisfies FieldErrorCode),
      v.regex(/^\d{1,6}$/, 'invalid-type' satisfies FieldErrorCode),
      v.transform(Number),
      v.minValue(1, 'out-of-range' satisfies FieldErrorCode),
      v.maxValue(max, 'out-of-range' satisfies FieldErrorCode),
    ),
  )

/** The listing's query string, as strings in, typed filters out. */
export const offeringQuerySchema = v.pipe(
  v.object({
    agency: slugFilter,
    topic: slugFilter,
    audience: v.optional(v.picklist(audiences, 'invalid-choice' satisfies FieldErrorCode)),
    format: v.optional(v.picklist(formats, 'invalid-choice' satisfies FieldErrorCode)),
    kind: v.optional(v.picklist(offeringKinds, 'invalid-choice' satisfies FieldErrorCode)),
    q: v.optional(textField({ max: maxFreeTextLength, required: false })),
    from: isoDate,
    to: isoDate,
    page: wholeNumber(maxPage),
    limit: wholeNumber(maxPageSize),
  }),
  v.forward(
    v.check((query) => !query.from || !query.to || query.from <= query.to, 'out-of-range' satisfies FieldErrorCode),
    ['to'],
  ),
)

/** A checked listing query: filters typed, paging filled in. */
export interface ValidOfferingQuery extends Omit<OfferingQuery, 'page' | 'limit'> {
  page: number
  limit: number
}

/**
 * Checks a listing (or calendar feed) query string. Empty values count as absent and unknown
 * parameters (such as `lang`) are ignored, so hand-written embed URLs stay forgiving.
 */
export function validateOfferingQuery(params: URLSearchParams | Record<string, string | undefined>): Validation<ValidOfferingQuery> {
  const get = (key: string) => (params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key])
  const input: Record<string, string> = {}
  for (const key of offeringQueryKeys) {
    const value = get(key)
    if (value !== undefined && value.trim() !== '') input[key] = value
  }
  const result = runSchema(offeringQuerySchema, input)
  if (!result.ok) return result
  const { page, limit, q, ...filters } = result.value
  const query: ValidOfferingQuery = { ...filters, page: page ?? 1, limit: limit ?? defaultPageSize }
  if (q) query.q = q
  return { ok: true, value: query }
}
