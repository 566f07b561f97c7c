import type { Endpoint } from 'payload'
import type { CatalogContext } from '../types.js'
import { readEndpoints } from './read/index.js'
import { writeEndpoints } from './write/index.js'

/** The public API under /api/catalog/v1 (paths in @kurskatalog/contract). */
export function catalogEndpoints(context: CatalogContext): Endpoint[] {
  return [...readEndpoints(context), ...writeEndpoints(context)]
}
