import type { CollectionAfterChangeHook } from 'payload'
import { promoteAndNotify } from '../../../seats/promoteAndNotify.js'
import { seatStoreIn } from '../../../seats/seatStoreFor.js'
import { loadSessionFacts } from '../../../seats/sessionFacts.js'
import type { CatalogContext } from '../../../types.js'

/**
 * When an editor gives a session more seats, the waiting list moves up into them at once, first
 * number first, and each person moved up is emailed. Fewer seats take nobody's place away: the
 * session simply takes no one new until it is below its capacity again.
 */
export const promoteOnMoreSeats =
  (context: CatalogContext): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    if (operation !== 'update' || doc.status === 'cancelled') return doc
    if (!(Number(doc.capacity) > Number(previousDoc?.capacity))) return doc
    const facts = await loadSessionFacts(req.payload, context.slugs, doc.id)
    if (!facts) return doc
    const store = await seatStoreIn(req, context.slugs)
    // Read outside the save's transaction, the facts may still show the old capacity.
    await promoteAndNotify(req, context, store, { ...facts, capacity: Number(doc.capacity) })
    return doc
  }
