import type { CollectionConfig } from 'payload'
import { editorsOnly } from '../../access/editorsOnly.js'
import { label } from '../../labels.js'
import type { CatalogContext } from '../../types.js'

/**
 * Version stamps of what the public reads: one row per key (`content`), whose `stamp` every change to
 * the published catalogue replaces inside the change's own transaction. Each app instance keeps the
 * catalogue in memory under the stamp it was built from and rebuilds when the stamp differs (see
 * `catalog/readModel/`), so a change on one instance shows on every other.
 */
export function buildCatalogVersions(context: CatalogContext): CollectionConfig {
  return {
    slug: context.slugs['catalog-versions'],
    labels: { singular: label('Katalogversjon', 'Catalogue version'), plural: label('Katalogversjoner', 'Catalogue versions') },
    admin: { hidden: true },
    access: { read: editorsOnly(context), create: () => false, update: () => false, delete: () => false },
    fields: [
      { name: 'key', type: 'text', required: true, unique: true, index: true },
      { name: 'stamp', type: 'text', required: true },
    ],
  }
}
