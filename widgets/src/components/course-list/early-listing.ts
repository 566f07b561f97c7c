import { apiOrigin, askJson } from '../../shared/api.js'
import { fixedQuery, offeringsUrl, type FixedFilters } from './listing.js'

/** A list's first page, asked for by the entry before the list's code has arrived: its URL and the answer on its way. */
interface EarlyListing {
  url: string
  response: Promise<Response>
}

// The entry and the list's chunk each carry a copy of this module (scripts/build.mjs builds the entry on its own, so
// it waits for no chunk); the request goes from one to the other on the element itself.
type Carrier = Element & { kkEarlyListing?: EarlyListing }

/**
 * Asks for the listing a `<kk-course-list>` not yet defined will ask for first, read from its attributes as the
 * element reads them, so the catalogue and the list's code arrive together.
 */
export function askEarly(element: Carrier): void {
  // Each name reads as its attribute's text, undefined when absent: what the element's properties will hold. The limit
  // stays text, which fixedQuery's Math.round reads as Lit's Number converter does (a missing or unreadable one: the default).
  const attributes = new Proxy({}, { get: (_, name: string) => element.getAttribute(name) ?? undefined }) as FixedFilters & { api?: string }
  const url = offeringsUrl(apiOrigin(attributes.api), fixedQuery(attributes))
  const response = askJson(url)
  // Its failure is the list's to report, once it takes the answer, and no one's if the list asks anew: never an
  // unhandled rejection on the host page while the list's code is on its way.
  response.catch(() => undefined)
  element.kkEarlyListing = { url, response }
}

/** The early request, if it was for `url`; taken once, so a retry, a later page or other filters ask again. */
export function takeEarly(element: Carrier, url: string): Promise<Response> | undefined {
  const early = element.kkEarlyListing
  delete element.kkEarlyListing
  return early?.url === url ? early.response : undefined
}
