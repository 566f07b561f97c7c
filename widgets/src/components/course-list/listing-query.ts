import type { OfferingQuery } from '@kurskatalog/contract'

// The contract's toSearchParams, defaultPageSize and maxPageSize, mirrored (test/listing-query.test.ts keeps
// them equal): the contract module that holds them also builds the API's query schema at load time, which
// would bring valibot into the list's first load.
export const defaultPageSize = 12
export const maxPageSize = 50

const keys = ['agency', 'topic', 'audience', 'format', 'kind', 'q', 'from', 'to', 'page', 'limit'] as const

/** The listing's query string: empty values left out, keys in one order (good for caches). */
export function listingSearch(query: OfferingQuery): string {
  const params = new URLSearchParams()
  for (const key of keys) {
    const value = query[key]
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value))
  }
  return params.toString()
}
