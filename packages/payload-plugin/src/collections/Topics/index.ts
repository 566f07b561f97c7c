import type { CollectionConfig } from 'payload'
import { registerAccess } from '../../access/registerAccess.js'
import { slugField } from '../../fields/slugField.js'
import { embedSnippetField } from '../../fields/embedSnippetField.js'
import { label, registerGroup } from '../../labels.js'
import type { CatalogContext } from '../../types.js'

export function buildTopics(context: CatalogContext): CollectionConfig {
  return {
    slug: context.slugs.topics,
    labels: { singular: label('Tema', 'Topic'), plural: label('Temaer', 'Topics') },
    admin: { group: registerGroup, useAsTitle: 'title', defaultColumns: ['title', 'slug'] },
    access: registerAccess(context),
    fields: [
      { name: 'title', type: 'text', label: label('Navn', 'Name'), required: true, maxLength: 80 },
      slugField(),
      { name: 'description', type: 'textarea', label: label('Beskrivelse', 'Description'), maxLength: 400 },
      embedSnippetField(context, 'topic'),
    ],
  }
}
