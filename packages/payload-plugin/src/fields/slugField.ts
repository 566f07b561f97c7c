import type { FieldHook, TextField } from 'payload'
import { toSlug } from '../hooks/toSlug.js'
import { label } from '../labels.js'

const slugFromSource =
  (sourceField: string): FieldHook =>
  ({ value, data }) => {
    if (typeof value === 'string' && value.trim() !== '') return toSlug(value)
    const source = data?.[sourceField]
    return typeof source === 'string' ? toSlug(source) : value
  }

/** A unique, URL-safe identifier made from the title unless an editor writes one. */
export function slugField(sourceField = 'title'): TextField {
  return {
    name: 'slug',
    type: 'text',
    label: label('Adresse (slug)', 'Slug'),
    unique: true,
    index: true,
    admin: {
      position: 'sidebar',
      description: label('Lages fra tittelen hvis du lar feltet stå tomt.', 'Made from the title if left empty.'),
    },
    hooks: { beforeValidate: [slugFromSource(sourceField)] },
  }
}
