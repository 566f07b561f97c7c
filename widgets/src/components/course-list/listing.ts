import type { OfferingListResponse, OfferingSummary } from '@kurskatalog/contract'
import { ApiUnreachableError, getJson } from '../../shared/api.js'
import { loadCatalogue, saveCatalogue } from '../../shared/catalogue-cache.js'
import { takeFirstListing } from './first-listing.js'

/** What the list shows: every page loaded so far, and whether it came from this browser's copy. */
export interface ListingView {
  items: OfferingSummary[]
  page: number
  totalItems: number
  totalPages: number
  /** When the copy was saved, if the API could not be reached and a saved copy is shown. */
  staleSince: string | null
}

/**
 * Page `page` of the listing at `url`, after the items already shown (`before`). The first page of the
 * unfiltered list is saved in this browser, and shown from there when the API cannot be reached.
 */
export async function fetchListingPage(url: string, page: number, unfilteredUrl: string, before: OfferingSummary[], signal: AbortSignal): Promise<ListingView> {
  try {
    const listing = await ((page === 1 && takeFirstListing(url)) || getJson<OfferingListResponse>(page > 1 ? `${url}&page=${page}` : url, signal))
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
