import type { CollectionConfig } from 'payload'
import { editorsOnly } from '../../access/editorsOnly.js'
import { label } from '../../labels.js'
import type { CatalogContext } from '../../types.js'

/**
 * Made brochures, shared by every instance: one row per edition — an option set under one content stamp,
 * made in one seat window. The `edition` key is unique, so of many requests (on any instance) for a
 * brochure not made yet one inserts the row and has it rendered; the others wait for that row. Old editions
 * are deleted as new ones are made (see `brochureStore`). Public content only; only the plugin writes it.
 */
export function buildBrochures(context: CatalogContext): CollectionConfig {
  return {
    slug: context.slugs.brochures,
    labels: { singular: label('Brosjyre', 'Brochure'), plural: label('Brosjyrer', 'Brochures') },
    admin: { hidden: true },
    access: { read: editorsOnly(context), create: () => false, update: () => false, delete: () => false },
    fields: [
      { name: 'edition', type: 'text', required: true, unique: true, index: true },
      // The normalised query string (`brochureQueryString`): which brochure this is.
      { name: 'options', type: 'text', required: true, index: true },
      { name: 'choices', type: 'json', required: true },
      { name: 'stamp', type: 'text', required: true, index: true },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'rendering',
        options: [
          { value: 'rendering', label: label('Lages', 'Rendering') },
          { value: 'ready', label: label('Klar', 'Ready') },
          { value: 'failed', label: label('Feilet', 'Failed') },
        ],
      },
      // Where the printed addresses and QR codes point (the public URL the render was asked under).
      { name: 'origin', type: 'text' },
      { name: 'etag', type: 'text' },
      { name: 'bytes', type: 'number' },
      // Its file is in `brochure-parts`, in this many rows.
      { name: 'parts', type: 'number' },
      // When the seats printed in it were read (real time): a render older than the seat window with seats moved since is made again.
      { name: 'renderedAt', type: 'date' },
      { name: 'error', type: 'text' },
    ],
  }
}
