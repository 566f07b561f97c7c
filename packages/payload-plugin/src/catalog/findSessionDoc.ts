import type { Payload, PayloadRequest } from 'payload'
import type { CatalogSlugs } from '../types.js'
import type { DocId, SessionDoc } from './docs.js'

/** One stored session by its (already parsed) id, without its registrations join; undefined when unknown. */
export async function findSessionDoc(payload: Payload, slugs: CatalogSlugs, id: DocId, req?: PayloadRequest): Promise<SessionDoc | undefined> {
  const found = await payload.find({
    collection: slugs.sessions,
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    // `registrations` is a join field: personal data, and a query this caller does not need.
    joins: false,
    req,
  })
  return found.docs[0] as unknown as SessionDoc | undefined
}
