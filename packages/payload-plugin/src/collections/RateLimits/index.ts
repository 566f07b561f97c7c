import type { CollectionConfig } from 'payload'
import { editorsOnly } from '../../access/editorsOnly.js'
import { label } from '../../labels.js'
import type { CatalogContext } from '../../types.js'

/**
 * Request counters for the write endpoints' rate limit: one document per client, route and time window.
 * In the database (not in memory) so the limit holds across app instances; changed only by atomic
 * increments (see `guard/rateLimits/`), and old windows are swept as new ones open.
 */
export function buildRateLimits(context: CatalogContext): CollectionConfig {
  return {
    slug: context.slugs['rate-limits'],
    labels: { singular: label('Forespørselsteller', 'Rate-limit counter'), plural: label('Forespørselstellere', 'Rate-limit counters') },
    admin: { hidden: true },
    access: { read: editorsOnly(context), create: () => false, update: () => false, delete: editorsOnly(context) },
    fields: [
      { name: 'key', type: 'text', required: true, unique: true, index: true },
      { name: 'hits', type: 'number', required: true, defaultValue: 0 },
      { name: 'expiresAt', type: 'date', required: true, index: true },
    ],
  }
}
