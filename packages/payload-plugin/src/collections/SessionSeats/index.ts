import type { CollectionConfig } from 'payload'
import { editorsOnly } from '../../access/editorsOnly.js'
import { label } from '../../labels.js'
import type { CatalogContext } from '../../types.js'

/**
 * The seat ledger of each session: how many seats are taken and the last waiting-list number given.
 * Kept apart from `sessions` so an editor saving a session can never write back a stale count;
 * changed only by conditional atomic updates in the database (see `seats/`).
 */
export function buildSessionSeats(context: CatalogContext): CollectionConfig {
  const editors = editorsOnly(context)
  return {
    slug: context.slugs['session-seats'],
    labels: { singular: label('Plassregnskap', 'Seat ledger'), plural: label('Plassregnskap', 'Seat ledgers') },
    admin: { hidden: true },
    access: { read: editors, create: () => false, update: () => false, delete: editors },
    fields: [
      { name: 'session', type: 'relationship', relationTo: context.slugs.sessions, required: true, unique: true, index: true },
      { name: 'taken', type: 'number', required: true, defaultValue: 0 },
      { name: 'waitlistIssued', type: 'number', required: true, defaultValue: 0 },
    ],
  }
}
