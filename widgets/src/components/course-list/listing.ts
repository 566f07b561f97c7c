import {
  apiPaths,
  defaultPageSize,
  maxPageSize,
  toSearchParams,
  type OfferingListResponse,
  type OfferingQuery,
  type OfferingSummary,
} from '@kurskatalog/contract'
import { ApiUnreachableError, getJson } from '../../shared/api.js'
import { loadCatalogue, saveCatalogue } from '../../shared/catalogue-cache.js'

/** The webmaster's view of the offer, from the element's attributes. */
export type FixedFilters = Pick<OfferingQuery, 'agency' | 'topic' | 'audience' | 'format' | 'kind'> & { limit: number }

/** The visitor's own filters. */
export type VisitorFilters = Pick<OfferingQuery, 'topic' | 'audience' | 'format'>

/** What the list shows: every page loaded so far, and whether it came from this browser's copy. */
export interface ListingView {
  items: OfferingSummary[]
  page: number
  totalItems: number
  totalPages: number
  /** When the copy was saved, if the API could not be reached and a saved copy is shown. */
  staleSince: string | null
}

/** The webmaster's filters as the listing's query, the page size within its bounds. */
export function fixedQuery({ agency, topic, audience, format, kind, limit }: FixedFilters): OfferingQuery {
  return { agency, topic, audience, format, kind, limit: Math.min(maxPageSize, Math.max(1, Math.round(limit) || defaultPageSize)) }
}

/** The listing's URL for `query`. */
export const offeringsUrl = (origin: string, query: OfferingQuery): string => `${origin}${apiPaths.offerings}?${toSearchParams(query)}`

/** The listing's URL: the webmaster's filters and, if given, the visitor's filters and search (`q`) on top. */
export function listingUrl(origin: string, fixed: FixedFilters, visitor?: VisitorFilters, q?: string): string {
  const query = fixedQuery(fixed)
  // A filter the webmaster fixed stays fixed ('' leaves a parameter out).
  if (visitor) {
    query.q = q
    query.topic ||= visitor.topic
    query.audience ||= visitor.audience
    query.format ||= visitor.format
  }
  return offeringsUrl(origin, query)
}

/**
 * Page `page` of the listing at `url`, after the items already shown (`before`). The first page of the
 * unfiltered list is saved in this browser, and shown from there when the API cannot be reached. `asked`: the
 * request for it already on its way, if any (the entry's early one).
 */
export async function fetchListingPage(
  url: string,
  page: number,
  unfilteredUrl: string,
  before: OfferingSummary[],
  signal: AbortSignal,
  asked?: Promise<Response>,
): Promise<ListingView> {
  try {
    const listing = await getJson<OfferingListResponse>(page > 1 ? `${url}&page=${page}` : url, signal, asked)
    if (page === 1 && url === unfilteredUrl) saveCatalogue(url, listing)
    return {
      items: page > 1 ? [...before, ...listing.items] : listing.items,
      page: listing.page,
      totalItems: listing.totalItems,
      totalPages: listing.totalPages,
      staleSince: null,
    }
  } catch (error) {
    const saved = error instanceof ApiUnreachableError && page === 1 ? loadCatalogue(unfilteredUrl) : null
    if (!saved) throw error
    const { listing } = saved
    return { items: listing.items, page: 1, totalItems: listing.totalItems, totalPages: 1, staleSince: saved.savedAt }
  }
}
