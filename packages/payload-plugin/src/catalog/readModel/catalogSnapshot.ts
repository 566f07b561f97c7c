import type { OfferingKind } from '@kurskatalog/contract'
import type { Payload } from 'payload'
import type { CatalogSlugs } from '../../types.js'
import { idKey, refId, type AgencyDoc, type DocId, type FacilitatorDoc, type LocationDoc, type OfferingDoc, type SeatLedgerDoc, type SessionDoc, type TopicDoc } from '../docs.js'
import type { OfferingSearch } from '../offeringSearch.js'
import { ownerKey } from '../ownerKey.js'

export interface PublishedOffering {
  kind: OfferingKind
  doc: OfferingDoc
}

/**
 * The published catalogue as one instance holds it in memory: everything a public read shows, read
 * in a constant number of queries, under the content stamp it was read after. Only `taken` changes
 * in place (seats are patched from the ledger, see `catalogReadModel`); the rest is replaced whole.
 */
export interface CatalogSnapshot {
  stamp: string
  /** Every published course and programme, courses first, each in the database's order. */
  offerings: readonly PublishedOffering[]
  /** By slug; a course wins over a programme with the same slug, as the detail page always did. */
  offeringBySlug: ReadonlyMap<string, PublishedOffering>
  /** Per offering (`kind:id`), its sessions that had not ended when the snapshot was read, open or cancelled, soonest first. */
  sessionsOf: ReadonlyMap<string, readonly SessionDoc[]>
  topics: ReadonlyMap<string, TopicDoc>
  agencyIdBySlug: ReadonlyMap<string, DocId>
  locations: ReadonlyMap<string, LocationDoc>
  facilitators: ReadonlyMap<string, FacilitatorDoc>
  /** Seats taken per session id, from the ledger; a session without a ledger has 0. */
  taken: Map<string, number>
  /** Every session's end, ascending: what a remembered answer stays true until. */
  sessionEnds: readonly number[]
  /** Answers to queries already asked of this snapshot (see `findOfferings`). */
  searches: Map<string, { search: OfferingSearch; from: number; until: number }>
}

const byStart = (a: SessionDoc, b: SessionDoc) =>
  new Date(a.startsAt ?? 0).getTime() - new Date(b.startsAt ?? 0).getTime() || idKey(a.id).localeCompare(idKey(b.id))

const byId = <T extends { id: DocId }>(docs: readonly T[]): Map<string, T> => new Map(docs.map((doc) => [idKey(doc.id), doc]))

/** Seats taken per session, from ledger rows. */
export function takenFrom(ledgers: readonly SeatLedgerDoc[], into = new Map<string, number>()): Map<string, number> {
  for (const ledger of ledgers) {
    const session = refId(ledger.session)
    if (session !== null) into.set(idKey(session), Number(ledger.taken) || 0)
  }
  return into
}

/**
 * Reads the published catalogue: eight queries whatever its size. `now` bounds the sessions kept
 * (those that have not ended); each read filters again by its own time, so a session that ends
 * while the snapshot is in use drops out of the answers on time.
 */
export async function loadCatalogSnapshot(payload: Payload, slugs: CatalogSlugs, stamp: string, now: Date): Promise<CatalogSnapshot> {
  const all = { depth: 0, pagination: false, overrideAccess: true } as const
  const published = { _status: { equals: 'published' } } as const
  const [topics, agencies, courses, programmes, sessions, locations, facilitators, ledgers] = await Promise.all([
    payload.find({ collection: slugs.topics, ...all }),
    payload.find({ collection: slugs.agencies, ...all, select: { slug: true } }),
    payload.find({ collection: slugs.courses, ...all, where: published }),
    payload.find({ collection: slugs.programmes, ...all, where: published }),
    payload.find({
      collection: slugs.sessions,
      ...all,
      where: { and: [{ endsAt: { greater_than: now.toISOString() } }, { status: { in: ['open', 'cancelled'] } }] },
      // `registrations` is a join field: never load it, it is personal data and costs a query.
      joins: false,
    }),
    payload.find({ collection: slugs.locations, ...all }),
    payload.find({ collection: slugs.facilitators, ...all }),
    payload.find({ collection: slugs['session-seats'], ...all, select: { session: true, taken: true } }),
  ])

  const offerings: PublishedOffering[] = [
    ...(courses.docs as unknown as OfferingDoc[]).map((doc) => ({ kind: 'course' as const, doc })),
    ...(programmes.docs as unknown as OfferingDoc[]).map((doc) => ({ kind: 'programme' as const, doc })),
  ]
  const offeringBySlug = new Map<string, PublishedOffering>()
  for (const offering of offerings) {
    const slug = offering.doc.slug
    if (slug && !offeringBySlug.has(slug)) offeringBySlug.set(slug, offering)
  }

  const owners = new Set(offerings.map(({ kind, doc }) => `${kind}:${idKey(doc.id)}`))
  const sessionsOf = new Map<string, SessionDoc[]>()
  for (const session of (sessions.docs as unknown as SessionDoc[]).sort(byStart)) {
    const owner = ownerKey(session)
    if (!owner || !owners.has(owner)) continue
    const own = sessionsOf.get(owner)
    if (own) own.push(session)
    else sessionsOf.set(owner, [session])
  }

  const agencyIdBySlug = new Map<string, DocId>()
  for (const agency of agencies.docs as unknown as AgencyDoc[]) if (agency.slug) agencyIdBySlug.set(agency.slug, agency.id)

  return {
    stamp,
    offerings,
    offeringBySlug,
    sessionsOf,
    topics: byId(topics.docs as unknown as TopicDoc[]),
    agencyIdBySlug,
    locations: byId(locations.docs as unknown as LocationDoc[]),
    facilitators: byId(facilitators.docs as unknown as FacilitatorDoc[]),
    taken: takenFrom(ledgers.docs as unknown as SeatLedgerDoc[]),
    sessionEnds: [...sessionsOf.values()].flat().map((session) => new Date(session.endsAt ?? 0).getTime()).sort((a, b) => a - b),
    searches: new Map(),
  }
}

/** An offering's sessions in the snapshot that have not ended by `now`, soonest first. */
export function upcomingSessionsOf(snapshot: CatalogSnapshot, { kind, doc }: PublishedOffering, now: Date): SessionDoc[] {
  return (snapshot.sessionsOf.get(`${kind}:${idKey(doc.id)}`) ?? []).filter((session) => new Date(session.endsAt ?? 0).getTime() > now.getTime())
}

/** The first moment after `at` when a session of the snapshot ends (and an answer may change); Infinity when none will. */
export function answersUntil(snapshot: CatalogSnapshot, at: number): number {
  const ends = snapshot.sessionEnds
  let low = 0
  let high = ends.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (ends[middle]! <= at) low = middle + 1
    else high = middle
  }
  return ends[low] ?? Number.POSITIVE_INFINITY
}
