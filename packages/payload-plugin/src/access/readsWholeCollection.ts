import type { CollectionSlug, FieldAccess } from 'payload'

/**
 * For a join field: readable only by a caller who may read every document of the joined collection.
 * Payload filters the joined documents by that collection's access, but a `where` or `sort` on the
 * join itself (`where[registrations][equals]=52`) only asks the join field's own access — so without
 * this, anyone could learn which session a registration belongs to, or count sign-ups.
 */
export const readsWholeCollection =
  (collection: string): FieldAccess =>
  async ({ req }) => {
    const read = req.payload.collections[collection as CollectionSlug]?.config.access.read
    return read ? (await read({ req })) === true : false
  }
