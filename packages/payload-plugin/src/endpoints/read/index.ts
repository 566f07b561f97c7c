import type { Endpoint } from 'payload'
import type { CatalogContext } from '../../types.js'

/** Public, cacheable reads: the offer, one offering, services, topics, sessions, calendars. */
export function readEndpoints(_context: CatalogContext): Endpoint[] {
  return []
}
