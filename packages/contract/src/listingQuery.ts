import type { FieldErrors } from './validation.js'
import { defaultPageSize, maxPageSize, offeringQueryKeys, type OfferingQuery } from './listing.js'
import { audiences, formats, offeringKinds } from './offerings.js'
import { oneOf, textField } from './text.js'
import { checkObject, refuse, type Rule, type Validation } from './validation.js'

// The API's check of the listing query (the widgets build their query and do not import this).

export const maxFreeTextLength = 200
export const maxPage = 10_000

// Every parameter may be left out.
const optional =
  <T>(rule: Rule<T>): Rule<T | undefined> =>
  (value) =>
    value === undefined ? undefined : rule(value)

const string = (value: unknown): string => (typeof value === 'string' ? value : refuse('invalid-type'))

/** A slug (lower-case letters, digits and single hyphens) or absent. */
export const slugFilter = optional((value) => {
  const slug = string(value)
  if (slug.length > 100) refuse('too-long')
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) refuse('invalid-characters')
  return slug
})

/** An ISO calendar date (YYYY-MM-DD) or absent. */
// Round-tripping through Date refuses 2031-02-30 and 2031-13-01, which the pattern lets through.
export const isoDate = optional((value) => {
  const date = string(value)
  const parsed = new Date(`${date}T00:00:00Z`)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) refuse('invalid-date')
  return date
})

const wholeNumber = (max: number) =>
  optional((value) => {
    const digits = string(value)
    if (!/^\d{1,6}$/.test(digits)) refuse('invalid-type')
    const number = Number(digits)
    if (number < 1 || number > max) refuse('out-of-range')
    return number
  })

/** The listing's query string, as strings in, typed filters out. */
export const offeringQueryShape = {
  agency: slugFilter,
  topic: slugFilter,
  audience: optional(oneOf(audiences)),
  format: optional(oneOf(formats)),
  kind: optional(oneOf(offeringKinds)),
  q: optional(textField({ max: maxFreeTextLength, required: false })),
  from: isoDate,
  to: isoDate,
  page: wholeNumber(maxPage),
  limit: wholeNumber(maxPageSize),
}

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
  const result = checkObject(offeringQueryShape, input)
  const fields: FieldErrors = result.ok ? {} : result.fields
  // The range is compared once every value could be read: an unknown choice or a page that is no number comes first.
  const unread = Object.values(fields).some((code) => code === 'invalid-choice' || code === 'invalid-type')
  if (!unread && input.from && input.to && input.from > input.to && !('to' in fields)) fields.to = 'out-of-range'
  if (!result.ok || fields.to) return { ok: false, fields }
  const { page, limit, q, ...filters } = result.value
  const query: ValidOfferingQuery = { ...filters, page: page ?? 1, limit: limit ?? defaultPageSize }
  if (q) query.q = q
  return { ok: true, value: query }
}
