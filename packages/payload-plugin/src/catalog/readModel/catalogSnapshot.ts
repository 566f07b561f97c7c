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
  /** Every web origin an editor registered on an agency, as browsers send it (no trailing slash). */
  allowedOrigins: ReadonlySet<string>
  locations: ReadonlyMap<string, LocationDoc>
  facilitators: ReadonlyMap<string, FacilitatorDoc>
  /** Seats taken per session id, from the ledger; a session without a ledger has 0. */
  taken: Map<string, number>
  /** Bumped each time a seat patch changes a count: what an answer remembered with seats in it was made under. */
  seatVersion: number
  /**
   * Every moment, ascending, when a public answer made from this snapshot may change by itself: each
   * session's start and end and sign-up deadline (a session drops out, or closes for sign-up).
   */
  changesAt: readonly number[]
  /** Matches for queries already asked of this snapshot (see `findOfferings`). */
  searches: Map<string, { search: OfferingSearch; from: number; until: number }>
  /** Whole answers already given from this snapshot (see `rememberedAnswer`). */
  answers: Map<string, RememberedAnswer>
}

/** An answer's text and ETag, with the seat version and the time span it holds for. */
export interface RememberedAnswer {
  body: string
  etag: string
  seatVersion: number
  from: number
  until: number
}

const byStart = (a: SessionDoc, b: SessionDoc) =>
  new Date(a.startsAt ?? 0).getTime() - new Date(b.startsAt ?? 0).getTime() || idKey(a.id).localeCompare(idKey(b.id))

const byId = <T extends { id: DocId }>(docs: readonly T[]): Map<string, T> => new Map(docs.map((doc) => [idKey(doc.id), doc]))

/** Seats taken per session, from ledger rows, written into `into`; how many counts changed. */
export function takenFrom(ledgers: readonly SeatLedgerDoc[], into: Map<string, number>): number {
  let changed = 0
  for (const ledger of ledgers) {
    const session = refId(ledger.session)
    if (session === null) continue
    const taken = Number(ledger.taken) || 0
    if ((into.get(idKey(session)) ?? 0) !== taken) changed++
    into.set(idKey(session), taken)
  }
  return changed
}

const instant = (value: string | null | undefined): number[] => (value ? [new Date(value).getTime()] : [])

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
    payload.find({ collection: slugs.agencies, ...all, select: { slug: true, allowedOrigins: true } }),
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

  const taken = new Map<string, number>()
  takenFrom(ledgers.docs as unknown as SeatLedgerDoc[], taken)

  const agencyIdBySlug = new Map<string, DocId>()
  const allowedOrigins = new Set<string>()
  for (const agency of agencies.docs as unknown as AgencyDoc[]) {
    if (agency.slug) agencyIdBySlug.set(agency.slug, agency.id)
    // Editors may have typed a trailing slash; the admin's validation allows it.
    for (const { origin } of agency.allowedOrigins ?? []) if (origin) allowedOrigins.add(origin.replace(/\/$/, ''))
  }

  return {
    stamp,
    offerings,
    offeringBySlug,
    sessionsOf,
    topics: byId(topics.docs as unknown as TopicDoc[]),
    agencyIdBySlug,
    allowedOrigins,
    locations: byId(locations.docs as unknown as LocationDoc[]),
    facilitators: byId(facilitators.docs as unknown as FacilitatorDoc[]),
    taken,
    seatVersion: 0,
    changesAt: [...sessionsOf.values()]
      .flat()
      .flatMap((session) => [...instant(session.startsAt), ...instant(session.endsAt), ...instant(session.signupDeadline)])
      .sort((a, b) => a - b),
    searches: new Map(),
    answers: new Map(),
  }
}

/** An offering's sessions in the snapshot that have not ended by `now`, soonest first. */
export function upcomingSessionsOf(snapshot: CatalogSnapshot, { kind, doc }: PublishedOffering, now: Date): SessionDoc[] {
  return (snapshot.sessionsOf.get(`${kind}:${idKey(doc.id)}`) ?? []).filter((session) => new Date(session.endsAt ?? 0).getTime() > now.getTime())
}

/** The first moment after `at` when an answer made from the snapshot may change by itself; Infinity when none will. */
export function answersUntil(snapshot: CatalogSnapshot, at: number): number {
  const ends = snapshot.changesAt
  let low = 0
  let high = ends.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (ends[middle]! <= at) low = middle + 1
    else high = middle
  }
  return ends[low] ?? Number.POSITIVE_INFINITY
}
