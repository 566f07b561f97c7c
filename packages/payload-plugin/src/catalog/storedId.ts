import type { CollectionSlug, Payload } from 'payload'
import type { DocId } from './docs.js'

/**
 * Turns an id from a URL into the id type the database stores, or null when it cannot be one.
 * Asking SQLite for "66a1…" or MongoDB for "12" would throw a cast error (a 500); an id that cannot
 * exist is simply not found.
 */
export function toStoredId(payload: Payload, collection: CollectionSlug, raw: string): DocId | null {
  const idType = payload.collections[collection]?.customIDType ?? payload.db.defaultIDType
  if (idType === 'number') return /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : null
  if (payload.db.name === 'mongoose' && !payload.collections[collection]?.customIDType) {
    return /^[0-9a-f]{24}$/i.test(raw) ? raw : null
  }
  return raw.length > 0 && raw.length <= 200 ? raw : null
}
