import type { OfferingListResponse } from '@kurskatalog/contract'

/** The last catalogue this browser saw for one listing URL, shown when the API cannot be reached. */
export interface CachedCatalogue {
  savedAt: string
  listing: OfferingListResponse
}

const prefix = 'kk:catalogue:'

// Storage can be blocked (third-party iframes, privacy modes) or full; the cache is a nicety, never a failure. It is
// written once the list has been painted: a page's first use of localStorage and the JSON of a page of courses cost
// tens of milliseconds (35 ms a load, profiled on a busy machine), which the first paint need not wait for.
export function saveCatalogue(url: string, listing: OfferingListResponse): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      try {
        const entry: CachedCatalogue = { savedAt: new Date().toISOString(), listing }
        localStorage.setItem(prefix + url, JSON.stringify(entry))
      } catch {
        /* not stored */
      }
    }),
  )
}

export function loadCatalogue(url: string): CachedCatalogue | null {
  try {
    const raw = localStorage.getItem(prefix + url)
    if (!raw) return null
    const entry = JSON.parse(raw) as Partial<CachedCatalogue>
    return typeof entry.savedAt === 'string' && Array.isArray(entry.listing?.items) ? (entry as CachedCatalogue) : null
  } catch {
    return null
  }
}
