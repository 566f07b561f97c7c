import type { SessionSummary } from '@kurskatalog/contract'
import type { Payload, PayloadRequest, Where } from 'payload'
import type { CatalogSlugs } from '../types.js'
import { idKey, refId, type DocId, type SessionDoc } from './docs.js'
import { loadLocations, loadTakenSeats } from './lookups.js'
import { locationIdsOf, toSessionSummary } from './toSessionSummary.js'

export interface OfferingIds {
  course: readonly DocId[]
  programme: readonly DocId[]
}

const byStart = (a: SessionDoc, b: SessionDoc) =>
  new Date(a.startsAt ?? 0).getTime() - new Date(b.startsAt ?? 0).getTime() || idKey(a.id).localeCompare(idKey(b.id))

/**
 * Every session of the given offerings that has not ended yet, open or cancelled (a cancelled one
 * is shown as cancelled so people who saw it understand), soonest first. One query.
 */
export async function loadUpcomingSessions(
  payload: Payload,
  slugs: CatalogSlugs,
  offerings: OfferingIds,
  now: Date,
  req?: PayloadRequest,
): Promise<SessionDoc[]> {
  const owners: Where[] = []
  if (offerings.course.length > 0) owners.push({ and: [{ kind: { equals: 'course' } }, { course: { in: [...offerings.course] } }] })
  if (offerings.programme.length > 0) owners.push({ and: [{ kind: { equals: 'programme' } }, { programme: { in: [...offerings.programme] } }] })
  if (owners.length === 0) return []
  const result = await payload.find({
    collection: slugs.sessions,
    where: { and: [{ endsAt: { greater_than: now.toISOString() } }, { status: { in: ['open', 'cancelled'] } }, { or: owners }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    // `registrations` is a join field: never load it, it is personal data and costs a query.
    joins: false,
    req,
  })
  // Sorted here rather than by the database so both adapters agree on ties.
  return (result.docs as unknown as SessionDoc[]).sort(byStart)
}

/** The offering a session belongs to, as `${kind}:${id}`. */
export function ownerKey(session: SessionDoc): string | null {
  const id = refId(session.kind === 'programme' ? session.programme : session.course)
  return id === null ? null : `${session.kind}:${idKey(id)}`
}

/** Public summaries of sessions, with seats from the ledger and places from locations: two queries for any number. */
export async function summariseSessions(
  payload: Payload,
  slugs: CatalogSlugs,
  sessions: readonly SessionDoc[],
  now: Date,
  req?: PayloadRequest,
): Promise<Map<string, SessionSummary>> {
  const [taken, locations] = await Promise.all([
    loadTakenSeats(payload, slugs, sessions.map((session) => session.id), req),
    loadLocations(payload, slugs, locationIdsOf(sessions), req),
  ])
  return new Map(
    sessions.map((session) => [idKey(session.id), toSessionSummary(session, taken.get(idKey(session.id)) ?? 0, now, locations)]),
  )
}
