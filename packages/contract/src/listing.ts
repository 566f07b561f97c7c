import * as v from 'valibot'
import type { FieldErrorCode } from './errors.js'
import { audiences, formats, offeringKinds, type Audience, type Format, type OfferingKind, type OfferingSummary } from './offerings.js'
import type { ServiceSummary } from './services.js'
import type { TopicRef } from './offerings.js'
import { textField } from './text.js'
import { runSchema, type Validation } from './validation.js'

/** Filters of the offer listing and the calendar feed; all optional. */
export interface OfferingQuery {
  agency?: string
  topic?: string
  audience?: Audience
  format?: Format
  kind?: OfferingKind
  /** Free text over title and summary. */
  q?: string
  /** ISO dates (YYYY-MM-DD): only offerings with a session starting in the range. */
  from?: string
  to?: string
  page?: number
  limit?: number
}

export const maxPageSize = 50
export const defaultPageSize = 12

export interface Page<T> {
  items: T[]
  page: number
  limit: number
  totalItems: number
  totalPages: number
}

export type OfferingListResponse = Page<OfferingSummary>
export interface ServiceListResponse {
  items: ServiceSummary[]
}
export interface TopicListResponse {
  items: TopicRef[]
}

const queryKeys = ['agency', 'topic', 'audience', 'format', 'kind', 'q', 'from', 'to', 'page', 'limit'] as const

/** Serialises a query to URL search params, skipping empty values, in a stable order (good for caches). */
export function toSearchParams(query: OfferingQuery): URLSearchParams {
  const params = new URLSearchParams()
  for (const key of queryKeys) {
    const value = query[key]
    if (value === undefined || value === null || value === '') continue
    params.set(key, String(value))
  }
  return params
}

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
  for (const key of queryKeys) {
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
