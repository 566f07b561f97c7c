import type { Endpoint } from 'payload'
import type { CatalogContext } from '../../types.js'

/** Guarded writes: sign-up, cancel, service request. */
export function writeEndpoints(_context: CatalogContext): Endpoint[] {
  return []
}
