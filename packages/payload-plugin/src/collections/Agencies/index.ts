import type { CollectionConfig } from 'payload'
import { registerAccess } from '../../access/registerAccess.js'
import { editorsOnlyField } from '../../access/editorsOnly.js'
import { embedSnippetField } from '../../fields/embedSnippetField.js'
import { slugField } from '../../fields/slugField.js'
import { label, registerGroup } from '../../labels.js'
import type { CatalogContext } from '../../types.js'
import { validateOrigin } from './validateOrigin.js'

/** A municipal agency (district, department, enterprise) and the web origins allowed to embed sign-up forms. */
export function buildAgencies(context: CatalogContext): CollectionConfig {
  return {
    slug: context.slugs.agencies,
    labels: { singular: label('Virksomhet', 'Agency'), plural: label('Virksomheter', 'Agencies') },
    admin: { group: registerGroup, useAsTitle: 'name', defaultColumns: ['name', 'slug'] },
    access: registerAccess(context),
    fields: [
      { name: 'name', type: 'text', label: label('Navn', 'Name'), required: true, maxLength: 160 },
      slugField('name'),
      {
        name: 'allowedOrigins',
        type: 'array',
        label: label('Nettsteder som kan ta imot påmeldinger', 'Web origins allowed to take sign-ups'),
        labels: { singular: label('Nettsted', 'Origin'), plural: label('Nettsteder', 'Origins') },
        access: { read: editorsOnlyField(context) },
        admin: {
          description: label(
            'Skriv opprinnelsen uten sti, f.eks. https://www.oslo.kommune.no. Skjemaer på andre nettsteder avvises.',
            'Write the origin without a path, e.g. https://www.oslo.kommune.no. Forms on other sites are refused.',
          ),
        },
        fields: [{ name: 'origin', type: 'text', required: true, label: label('Opprinnelse', 'Origin'), validate: validateOrigin }],
      },
      {
        name: 'contactEmail',
        type: 'email',
        label: label('Kontakt-e-post', 'Contact email'),
        access: { read: editorsOnlyField(context) },
      },
      embedSnippetField(context, 'agency'),
    ],
  }
}
