import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'
import type { CatalogSlugs } from '../types.js'
import { idKey, type DocId, type FacilitatorDoc, type LocationDoc, type SeatLedgerDoc } from './docs.js'
import { takenFrom } from './readModel/catalogSnapshot.js'

/**
 * Batched lookups: each is one query whatever the number of ids, so a listing costs a constant
 * number of queries (no N+1). Relationships are read at depth 0 and joined here, not by Payload's
 * population, which would also pull fields the public API must not show.
 */
async function findAllByIds<T>(payload: Payload, collection: CollectionSlug, ids: readonly DocId[], req?: PayloadRequest, where?: Where): Promise<T[]> {
  if (ids.length === 0) return []
  const unique = [...new Map(ids.map((id) => [idKey(id), id])).values()]
  const result = await payload.find({
    collection,
    where: where ? { and: [{ id: { in: unique } }, where] } : { id: { in: unique } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return result.docs as unknown as T[]
}

const byId = <T extends { id: DocId }>(docs: readonly T[]): Map<string, T> => new Map(docs.map((doc) => [idKey(doc.id), doc]))

/** Seats taken per session id (string key). A session with no ledger yet has 0 taken. */
export async function loadTakenSeats(payload: Payload, slugs: CatalogSlugs, sessionIds: readonly DocId[], req?: PayloadRequest): Promise<Map<string, number>> {
  const taken = new Map<string, number>()
  if (sessionIds.length === 0) return taken
  const ledgers = await payload.find({
    collection: slugs['session-seats'],
    where: { session: { in: [...new Set(sessionIds)] } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  takenFrom(ledgers.docs as unknown as SeatLedgerDoc[], taken)
  return taken
}

export async function loadLocations(payload: Payload, slugs: CatalogSlugs, ids: readonly DocId[], req?: PayloadRequest): Promise<Map<string, LocationDoc>> {
  return byId(await findAllByIds<LocationDoc>(payload, slugs.locations, ids, req))
}

export async function loadFacilitators(payload: Payload, slugs: CatalogSlugs, ids: readonly DocId[], req?: PayloadRequest): Promise<Map<string, FacilitatorDoc>> {
  return byId(await findAllByIds<FacilitatorDoc>(payload, slugs.facilitators, ids, req))
}
