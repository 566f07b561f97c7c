import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone.js'
import { editorsOnly } from '../../access/editorsOnly.js'
import { slugField } from '../../fields/slugField.js'
import { label, registerGroup } from '../../labels.js'
import type { CatalogContext } from '../../types.js'

export function buildTopics(context: CatalogContext): CollectionConfig {
  return {
    slug: context.slugs.topics,
    labels: { singular: label('Tema', 'Topic'), plural: label('Temaer', 'Topics') },
    admin: { group: registerGroup, useAsTitle: 'title', defaultColumns: ['title', 'slug'] },
    access: { read: anyone, create: editorsOnly(context), update: editorsOnly(context), delete: editorsOnly(context) },
    fields: [
      { name: 'title', type: 'text', label: label('Navn', 'Name'), required: true, maxLength: 80 },
      slugField(),
      { name: 'description', type: 'textarea', label: label('Beskrivelse', 'Description'), maxLength: 400 },
    ],
  }
}
