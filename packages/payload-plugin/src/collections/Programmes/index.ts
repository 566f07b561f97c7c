import type { CollectionConfig } from 'payload'
import { offeringAccess } from '../../access/offeringAccess.js'
import { offeringFields } from '../../fields/offeringFields.js'
import { catalogGroup, label } from '../../labels.js'
import type { CatalogContext } from '../../types.js'

/** A leadership programme: one enrolment covers every gathering of a cohort (a session with several meetings). */
export function buildProgrammes(context: CatalogContext): CollectionConfig {
  return {
    slug: context.slugs.programmes,
    labels: { singular: label('Program', 'Programme'), plural: label('Lederprogrammer', 'Programmes') },
    admin: {
      group: catalogGroup,
      useAsTitle: 'title',
      defaultColumns: ['title', 'audience', '_status', 'updatedAt'],
      listSearchableFields: ['title', 'summary', 'slug'],
    },
    access: offeringAccess(context),
    versions: { drafts: true, maxPerDoc: 25 },
    fields: [
      ...offeringFields(context),
      {
        name: 'byApplication',
        type: 'checkbox',
        label: label('Opptak etter søknad', 'Admission by application'),
        defaultValue: true,
        admin: {
          position: 'sidebar',
          description: label(
            'Påmeldinger blir søknader som må godkjennes før plassen er bekreftet.',
            'Sign-ups become applications that must be approved before the place is confirmed.',
          ),
        },
      },
    ],
  }
}
