import type { Audience, Format, OfferingKind, OfferingListResponse } from '@kurskatalog/contract'
import { apiOrigin, getJson } from '../../shared/api.js'
import { listingUrl } from './listing-url.js'

// The first page each list on the page will ask for, requested by the entry while the list's code is on its way.
const firstListings = new Map<string, Promise<OfferingListResponse>>()

/** Starts the request for the page `list` (a `<kk-course-list>` not yet upgraded) shows first, read from its attributes. */
export function startFirstListing(list: Element): void {
  const attribute = (name: string) => list.getAttribute(name) ?? undefined
  const fixed = {
    agency: attribute('agency'),
    topic: attribute('topic'),
    audience: attribute('audience') as Audience | undefined,
    format: attribute('format') as Format | undefined,
    kind: attribute('kind') as OfferingKind | undefined,
    limit: Number(attribute('limit')),
  }
  // The same URL the list builds on its first load: no visitor filters chosen, nothing searched.
  const url = listingUrl(apiOrigin(attribute('api')), fixed, {}, '')
  if (firstListings.has(url)) return
  const response = getJson<OfferingListResponse>(url)
  // The list that takes it sees its failure; one never taken must not be an unhandled rejection.
  response.catch(() => undefined)
  firstListings.set(url, response)
}

/** The answer the entry asked for at `url`, taken once: the list's first load uses it, every later load fetches. */
export function takeFirstListing(url: string): Promise<OfferingListResponse> | undefined {
  const response = firstListings.get(url)
  firstListings.delete(url)
  return response
}
