// Types, page sizes and serialisation only: the widgets' list imports this without the API's check of the
// query (listingQuery.ts).
import type { Audience, Format, OfferingKind, OfferingSummary, TopicRef } from './offerings.js'
import type { ServiceSummary } from './services.js'

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

/** The listing's query parameters, in the order they are serialised. */
export const offeringQueryKeys = ['agency', 'topic', 'audience', 'format', 'kind', 'q', 'from', 'to', 'page', 'limit'] as const

/** Serialises a query to URL search params, skipping empty values, in a stable order (good for caches). */
export function toSearchParams(query: OfferingQuery): URLSearchParams {
  const params = new URLSearchParams()
  for (const key of offeringQueryKeys) {
    const value = query[key]
    if (value === undefined || value === null || value === '') continue
    params.set(key, String(value))
  }
  return params
}
