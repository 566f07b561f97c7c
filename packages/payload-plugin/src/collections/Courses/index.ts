import type { CollectionConfig } from 'payload'
import { editorsOnly } from '../../access/editorsOnly.js'
import { publishedOrEditor } from '../../access/publishedOrEditor.js'
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
    access: {
      read: publishedOrEditor(context),
      create: editorsOnly(context),
      update: editorsOnly(context),
      delete: editorsOnly(context),
      readVersions: editorsOnly(context),
    },
    versions: { drafts: true, maxPerDoc: 25 },
    fields: offeringFields(context),
  }
}
