import type { CollectionConfig } from 'payload'
import { offeringAccess } from '../../access/offeringAccess.js'
import { slugField } from '../../fields/slugField.js'
import { embedSnippetField } from '../../fields/embedSnippetField.js'
import { catalogGroup, label } from '../../labels.js'
import type { CatalogContext } from '../../types.js'

/** A facilitator service an agency orders (Open Space, 10-FAKTOR support): not a seat one person takes. */
export function buildServices(context: CatalogContext): CollectionConfig {
  return {
    slug: context.slugs.services,
    labels: { singular: label('Tjeneste', 'Service'), plural: label('Prosesstjenester', 'Facilitator services') },
    admin: {
      group: catalogGroup,
      useAsTitle: 'title',
      defaultColumns: ['title', '_status', 'updatedAt'],
    },
    access: offeringAccess(context),
    versions: { drafts: true, maxPerDoc: 25 },
    fields: [
      { name: 'title', type: 'text', label: label('Tittel', 'Title'), required: true, maxLength: 160 },
      slugField(),
      { name: 'summary', type: 'textarea', label: label('Ingress', 'Summary'), required: true, maxLength: 400 },
      { name: 'description', type: 'richText', label: label('Beskrivelse', 'Description') },
      {
        name: 'deliverables',
        type: 'array',
        label: label('Dette leverer vi', 'What is delivered'),
        fields: [{ name: 'text', type: 'text', required: true, maxLength: 300, label: label('Tekst', 'Text') }],
      },
      { name: 'typicalDuration', type: 'text', label: label('Typisk varighet', 'Typical duration'), maxLength: 120 },
      { name: 'suitedFor', type: 'textarea', label: label('Passer for', 'Suited for'), maxLength: 600 },
      embedSnippetField(context, 'service'),
    ],
  }
}
