import type { CollectionConfig } from 'payload'
import { offeringAccess } from '../../access/offeringAccess.js'
import { offeringFields } from '../../fields/offeringFields.js'
import { catalogGroup, label } from '../../labels.js'
import type { CatalogContext } from '../../types.js'

export function buildCourses(context: CatalogContext): CollectionConfig {
  return {
    slug: context.slugs.courses,
    labels: { singular: label('Kurs', 'Course'), plural: label('Kurs', 'Courses') },
    admin: {
      group: catalogGroup,
      useAsTitle: 'title',
      defaultColumns: ['title', 'audience', 'format', '_status', 'updatedAt'],
      listSearchableFields: ['title', 'summary', 'slug'],
    },
    access: offeringAccess(context),
    versions: { drafts: true, maxPerDoc: 25 },
    fields: offeringFields(context),
  }
}
