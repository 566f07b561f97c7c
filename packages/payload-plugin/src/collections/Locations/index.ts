import type { CollectionConfig } from 'payload'
import { registerAccess } from '../../access/registerAccess.js'
import { label, registerGroup } from '../../labels.js'
import type { CatalogContext } from '../../types.js'

export function buildLocations(context: CatalogContext): CollectionConfig {
  return {
    slug: context.slugs.locations,
    labels: { singular: label('Sted', 'Location'), plural: label('Steder', 'Locations') },
    admin: { group: registerGroup, useAsTitle: 'name', defaultColumns: ['name', 'address'] },
    access: registerAccess(context),
    fields: [
      { name: 'name', type: 'text', label: label('Navn', 'Name'), required: true, maxLength: 120 },
      { name: 'address', type: 'text', label: label('Adresse', 'Address'), maxLength: 200 },
      {
        name: 'accessibility',
        type: 'textarea',
        label: label('Tilgjengelighet', 'Accessibility'),
        maxLength: 600,
        admin: { description: label('Trinnfri adkomst, teleslynge, heis …', 'Step-free access, hearing loop, lift …') },
      },
    ],
  }
}
