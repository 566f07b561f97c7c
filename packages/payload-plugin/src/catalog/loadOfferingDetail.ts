import type { OfferingDetail, OfferingKind } from '@kurskatalog/contract'
import type { Payload, PayloadRequest } from 'payload'
import type { CatalogSlugs } from '../types.js'
import { idKey, type OfferingDoc } from './docs.js'
import { loadFacilitators, loadTopics, refIds } from './lookups.js'
import { loadUpcomingSessions, summariseSessions } from './sessions.js'
import { toOfferingDetail } from './toOffering.js'

/** A published course or programme by slug, courses first; null when neither has it published. */
export async function findPublishedOffering(
  payload: Payload,
  slugs: CatalogSlugs,
  slug: string,
  req?: PayloadRequest,
): Promise<{ kind: OfferingKind; doc: OfferingDoc } | null> {
  for (const kind of ['course', 'programme'] as const) {
    const result = await payload.find({
      collection: kind === 'course' ? slugs.courses : slugs.programmes,
      where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const doc = result.docs[0] as unknown as OfferingDoc | undefined
    if (doc) return { kind, doc }
  }
  return null
}

/** One offering with every upcoming session and free seats, or null. */
export async function loadOfferingDetail(
  payload: Payload,
  slugs: CatalogSlugs,
  slug: string,
  now: Date,
  req?: PayloadRequest,
): Promise<OfferingDetail | null> {
  const found = await findPublishedOffering(payload, slugs, slug, req)
  if (!found) return null
  const { kind, doc } = found
  const [sessions, topics, facilitators] = await Promise.all([
    loadUpcomingSessions(payload, slugs, { course: kind === 'course' ? [doc.id] : [], programme: kind === 'programme' ? [doc.id] : [] }, now, req),
    loadTopics(payload, slugs, refIds([doc.topics]), req),
    loadFacilitators(payload, slugs, refIds([doc.facilitators]), req),
  ])
  const summaries = await summariseSessions(payload, slugs, sessions, now, req)
  return toOfferingDetail(
    doc,
    kind,
    topics,
    facilitators,
    sessions.flatMap((session) => summaries.get(idKey(session.id)) ?? []),
  )
}
