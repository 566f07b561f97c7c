import type { BrochureLabels } from './labels/types.js'
import { isoDate, slugFilter } from './listingQuery.js'
import { locales, defaultLocale, type Locale } from './locale.js'
import { audiences, type Audience } from './offerings.js'
import { oneOf } from './text.js'
import { runRule, type FieldErrors, type Rule, type Validation } from './validation.js'

/** The brochure's query parameters (Norwegian, as the printed address reads them): nothing else is accepted. */
export const brochureQueryKeys = ['fra', 'til', 'tema', 'malgruppe', 'sprak'] as const
export type BrochureQueryKey = (typeof brochureQueryKeys)[number]

export const brochureLimits = {
  /** The longest period one brochure covers. */
  maxSpanMonths: 18,
  /** A default period ending sooner than this after today takes in the next half-year too. */
  minDefaultDays: 56,
} as const

/** One brochure's options, checked and normalised: the same brochure always has the same options. */
export interface BrochureOptions {
  /** First and last day of the period, ISO dates on Oslo's calendar. */
  from: string
  to: string
  /** A topic's slug; null: every topic. */
  topic: string | null
  audience: Audience | null
  /** The language of the brochure's own texts (the offerings' texts are as the editors wrote them). */
  language: Locale
}

const addMonths = (isoDay: string, months: number): string => {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number]
  const target = new Date(Date.UTC(year, month - 1 + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(day, lastDay))
  return target.toISOString().slice(0, 10)
}

const daysBetween = (from: string, to: string): number => (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000

/** The last day of the half-year (spring: January–June, autumn: July–December) a date falls in. */
export const endOfHalfYear = (isoDay: string): string => (Number(isoDay.slice(5, 7)) <= 6 ? `${isoDay.slice(0, 4)}-06-30` : `${isoDay.slice(0, 4)}-12-31`)

/**
 * The coming half-year seen from `today`: from today to the end of this spring or autumn, or of the next
 * one when this one ends within `minDefaultDays` (a brochure made in June is for the autumn too).
 */
export function defaultBrochurePeriod(today: string): { from: string; to: string } {
  const end = endOfHalfYear(today)
  return { from: today, to: daysBetween(today, end) < brochureLimits.minDefaultDays ? endOfHalfYear(addMonths(end, 1)) : end }
}

/** The half-years a period touches, in order, e.g. `[{ year: 2027, half: 'spring' }]`. */
export function halfYearsOf(from: string, to: string): { year: number; half: 'spring' | 'autumn' }[] {
  const halves: { year: number; half: 'spring' | 'autumn' }[] = []
  for (let day = from; day <= to; day = addMonths(`${endOfHalfYear(day).slice(0, 7)}-01`, 1)) {
    halves.push({ year: Number(day.slice(0, 4)), half: Number(day.slice(5, 7)) <= 6 ? 'spring' : 'autumn' })
  }
  return halves
}

const language: Rule<Locale | undefined> = (value) => (value === undefined ? undefined : oneOf(locales)(value))
const audience: Rule<Audience | undefined> = (value) => (value === undefined ? undefined : oneOf(audiences)(value))

/**
 * Checks the brochure's query string against `today` (Oslo's date by the catalogue's clock). Each refusal is
 * keyed by the parameter's own name: an unknown or repeated parameter, a date that is none, a period that
 * ends before it starts, lies wholly in the past, starts more than `maxSpanMonths` ahead or spans more.
 * A period starting before today starts today (what ended is not in the catalogue), so two addresses for
 * the same brochure are one. Empty values count as absent (a form's "all").
 */
export function validateBrochureQuery(params: URLSearchParams, today: string): Validation<BrochureOptions> {
  const fields: FieldErrors = {}
  const input: Partial<Record<BrochureQueryKey, string>> = {}
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key)
    if (!(brochureQueryKeys as readonly string[]).includes(key)) fields[key.slice(0, 40)] = 'unknown-field'
    else if (values.length > 1) fields[key] = 'invalid-type'
    else if (values[0]!.trim() !== '') input[key as BrochureQueryKey] = values[0]!.trim()
  }
  const read = <T>(key: BrochureQueryKey, rule: Rule<T>): T | undefined => {
    if (key in fields) return undefined
    const result = runRule(rule, input[key], key)
    if (result.ok) return result.value
    Object.assign(fields, result.fields)
    return undefined
  }
  const from = read('fra', isoDate)
  const to = read('til', isoDate)
  const topic = read('tema', slugFilter)
  const chosenAudience = read('malgruppe', audience)
  const chosenLanguage = read('sprak', language)
  if (Object.keys(fields).length > 0) return { ok: false, fields }

  const fallback = defaultBrochurePeriod(today)
  const start = from === undefined ? fallback.from : from < today ? today : from
  const end = to ?? (from === undefined ? fallback.to : endOfHalfYear(start))
  if (start > addMonths(today, brochureLimits.maxSpanMonths)) fields.fra = 'out-of-range'
  else if (end < start || end > addMonths(start, brochureLimits.maxSpanMonths)) fields.til = 'out-of-range'
  if (Object.keys(fields).length > 0) return { ok: false, fields }
  return { ok: true, value: { from: start, to: end, topic: topic ?? null, audience: chosenAudience ?? null, language: chosenLanguage ?? defaultLocale } }
}

/** The one query string of a brochure's options, parameters in a fixed order: its key in any cache. */
export function brochureQueryString(options: BrochureOptions): string {
  const params = new URLSearchParams({ fra: options.from, til: options.to })
  if (options.topic) params.set('tema', options.topic)
  if (options.audience) params.set('malgruppe', options.audience)
  params.set('sprak', options.language)
  return params.toString()
}

const halfSlug = { spring: 'var', autumn: 'host' } as const

/**
 * The period in words: "våren 2027", "våren og høsten 2027", "høsten 2026 og våren 2027"; a longer one
 * names its first and last half-year with a dash between.
 */
export function brochurePeriodName(labels: BrochureLabels, from: string, to: string): string {
  const halves = halfYearsOf(from, to)
  const first = halves[0]!
  const last = halves[halves.length - 1]!
  const name = (half: { year: number; half: 'spring' | 'autumn' }) => `${labels.halves[half.half]} ${half.year}`
  if (halves.length === 1) return name(first)
  if (halves.length === 2 && first.year === last.year) return `${labels.halves[first.half]} ${labels.and} ${name(last)}`
  return halves.length === 2 ? `${name(first)} ${labels.and} ${name(last)}` : `${name(first)} – ${name(last)}`
}

/** The brochure's title on its cover and in the PDF's metadata: "Kurs og lederutvikling våren 2027". */
export const brochureTitle = (labels: BrochureLabels, from: string, to: string): string => `${labels.title} ${brochurePeriodName(labels, from, to)}`

/** The file a browser saves: "kurskatalog-2027-var.pdf", "kurskatalog-2026-host-2027-var.pdf" (ASCII only). */
export function brochureFileName(from: string, to: string): string {
  const halves = halfYearsOf(from, to)
  const parts: string[] = []
  for (const [index, half] of halves.entries()) {
    if (index === 0 || halves[index - 1]!.year !== half.year) parts.push(String(half.year))
    parts.push(halfSlug[half.half])
  }
  return `kurskatalog-${parts.join('-')}.pdf`
}
