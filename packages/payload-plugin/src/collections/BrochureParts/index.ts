import type { CollectionConfig } from 'payload'
import { editorsOnly } from '../../access/editorsOnly.js'
import { label } from '../../labels.js'
import type { CatalogContext } from '../../types.js'

/**
 * A made brochure's PDF, in parts of at most `brochure.partBytes` each: a MongoDB document holds at most
 * 16 MB, and the brochure of a catalogue of some thousands of offerings is larger. The parts of an edition
 * are written before its row says `ready`, and deleted with it (see `brochureStore`). Only the plugin writes them.
 */
export function buildBrochureParts(context: CatalogContext): CollectionConfig {
  return {
    slug: context.slugs['brochure-parts'],
    labels: { singular: label('Brosjyredel', 'Brochure part'), plural: label('Brosjyredeler', 'Brochure parts') },
    admin: { hidden: true },
    access: { read: editorsOnly(context), create: () => false, update: () => false, delete: () => false },
    fields: [
      // The id of the edition (a row of `brochures`) this part belongs to, as text on both databases.
      { name: 'edition', type: 'text', required: true, index: true },
      // Its place in the file, from 0.
      { name: 'part', type: 'number', required: true },
      // Payload caps a text at 40,000 characters unless told; a part is some megabytes of base64.
      { name: 'data', type: 'textarea', required: true, maxLength: 64 * 1024 * 1024, admin: { description: label('En del av PDF-filen, base64.', 'A part of the PDF file, base64.') } },
    ],
  }
}
