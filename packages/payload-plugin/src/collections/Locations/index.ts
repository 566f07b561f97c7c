import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone.js'
import { editorsOnly } from '../../access/editorsOnly.js'
import { label, registerGroup } from '../../labels.js'
import type { CatalogContext } from '../../types.js'

export function buildLocations(context: CatalogContext): CollectionConfig {
  return {
    slug: context.slugs.locations,
    labels: { singular: label('Sted', 'Location'), plural: label('Steder', 'Locations') },
    admin: { group: registerGroup, useAsTitle: 'name', defaultColumns: ['name', 'address'] },
    access: { read: anyone, create: editorsOnly(context), update: editorsOnly(context), delete: editorsOnly(context) },
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
