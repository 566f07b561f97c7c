import type { CollectionAfterChangeHook } from 'payload'
import { seatStoreIn } from '../../../seats/seatStoreFor.js'
import type { CatalogContext } from '../../../types.js'

/**
 * A new session gets its seat ledger in the same save. Made later, on the first sign-up, it would be
 * made by a rush of first sign-ups at once, on several app instances, with only the database's
 * unique index to keep it to one.
 */
export const openSeatLedger =
  (context: CatalogContext): CollectionAfterChangeHook =>
  async ({ doc, operation, req }) => {
    if (operation !== 'create') return doc
    await (await seatStoreIn(req, context.slugs)).openLedger(doc.id)
    return doc
  }
