import { apiPaths, defaultPageSize, maxPageSize, toSearchParams, type OfferingQuery } from '@kurskatalog/contract'

/** The webmaster's view of the offer, from the element's attributes. */
export type FixedFilters = Pick<OfferingQuery, 'agency' | 'topic' | 'audience' | 'format' | 'kind'> & { limit: number }

/** The visitor's own filters. */
export type VisitorFilters = Pick<OfferingQuery, 'topic' | 'audience' | 'format'>

/** The listing's URL: the webmaster's filters and, if given, the visitor's filters and search (`q`) on top. */
export function listingUrl(origin: string, { agency, topic, audience, format, kind, limit }: FixedFilters, visitor?: VisitorFilters, q?: string): string {
  const query: OfferingQuery = { agency, topic, audience, format, kind, limit: Math.min(maxPageSize, Math.max(1, Math.round(limit) || defaultPageSize)) }
  // A filter the webmaster fixed stays fixed ('' leaves a parameter out).
  if (visitor) {
    query.q = q
    query.topic ||= visitor.topic
    query.audience ||= visitor.audience
    query.format ||= visitor.format
  }
  return `${origin}${apiPaths.offerings}?${toSearchParams(query)}`
}
