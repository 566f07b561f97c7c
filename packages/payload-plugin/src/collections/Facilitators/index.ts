import type { CollectionConfig } from 'payload'
import { registerAccess } from '../../access/registerAccess.js'
import { editorsOnlyField } from '../../access/editorsOnly.js'
import { label, registerGroup } from '../../labels.js'
import type { CatalogContext } from '../../types.js'

export function buildFacilitators(context: CatalogContext): CollectionConfig {
  return {
    slug: context.slugs.facilitators,
    labels: { singular: label('Kursholder', 'Facilitator'), plural: label('Kursholdere', 'Facilitators') },
    admin: { group: registerGroup, useAsTitle: 'name', defaultColumns: ['name', 'title'] },
    access: registerAccess(context),
    fields: [
      { name: 'name', type: 'text', label: label('Navn', 'Name'), required: true, maxLength: 120 },
      { name: 'title', type: 'text', label: label('Stilling', 'Job title'), maxLength: 120 },
      { name: 'bio', type: 'textarea', label: label('Om kursholderen', 'Biography'), maxLength: 1200 },
      {
        name: 'email',
        type: 'email',
        label: label('E-post (internt)', 'Email (internal)'),
        access: { read: editorsOnlyField(context) },
      },
    ],
  }
}
