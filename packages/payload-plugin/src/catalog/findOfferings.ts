import type { OfferingKind, ValidOfferingQuery } from '@kurskatalog/contract'
import type { Payload, PayloadRequest, Where } from 'payload'
import type { CatalogSlugs } from '../types.js'
import { idKey, refId, type DocId, type OfferingDoc, type SessionDoc, type TopicDoc } from './docs.js'
import { loadUpcomingSessions, ownerKey } from './sessions.js'
import { addDays, osloStartOfDay } from './osloTime.js'

/** An offering that matched the filters, with its upcoming sessions (soonest first). */
export interface OfferingMatch {
  kind: OfferingKind
  doc: OfferingDoc
  sessions: SessionDoc[]
  /** Start of the session the listing sorts by; Infinity when there is none. */
  sortsAt: number
}

export interface OfferingSearch {
  /** Every match, sorted: soonest next session first, offerings without sessions last. */
  matches: OfferingMatch[]
  /** Every topic, for the items' topic references. */
  topics: Map<string, TopicDoc>
}

export type OfferingFilters = Omit<ValidOfferingQuery, 'page' | 'limit'>

// What the listing shows of an offering; the heavy fields (description, questions) stay in the database.
const summaryFields = {
  title: true,
  slug: true,
  summary: true,
  audience: true,
  format: true,
  duration: true,
  topics: true,
  agencies: true,
  price: true,
  updatedAt: true,
  _status: true,
} as const

/** Lower-case NFC, so "ØKONOMI", "økonomi" and a decomposed "ø" all compare equal. */
const folded = (text: string) => text.normalize('NFC').toLocaleLowerCase('nb')

/** Every word of the query must occur in the title or the summary. */
function matchesFreeText(doc: OfferingDoc, q: string | undefined): boolean {
  if (!q) return true
  const haystack = folded(`${doc.title}\n${doc.summary ?? ''}`)
  return folded(q)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word))
}

/** No agencies means open to every agency. An unknown agency slug therefore still sees the open offer. */
function openToAgency(doc: OfferingDoc, agencyId: DocId | null | undefined): boolean {
  if (agencyId === undefined) return true
  const agencies = (doc.agencies ?? []).map((ref) => refId(ref)).filter((id): id is DocId => id !== null)
  if (agencies.length === 0) return true
  return agencyId !== null && agencies.some((id) => idKey(id) === idKey(agencyId))
}

/**
 * Finds the published offerings that match a query. A constant number of queries, whatever the
 * size of the catalogue: topics, the agency (when filtered), courses, programmes, their sessions.
 * Agency, free text and dates are matched here, not in the database, so that SQLite and MongoDB
 * agree on Norwegian letters and on "no agencies means everyone".
 */
export async function findOfferings(
  payload: Payload,
  slugs: CatalogSlugs,
  filters: OfferingFilters,
  now: Date,
  req?: PayloadRequest,
): Promise<OfferingSearch> {
  const topicDocs = await payload.find({ collection: slugs.topics, depth: 0, pagination: false, overrideAccess: true, req })
  const topics = new Map((topicDocs.docs as unknown as TopicDoc[]).map((topic) => [idKey(topic.id), topic]))

  let topicId: DocId | undefined
  if (filters.topic) {
    const topic = [...topics.values()].find((candidate) => candidate.slug === filters.topic)
    if (!topic) return { matches: [], topics }
    topicId = topic.id
  }

  let agencyId: DocId | null | undefined
  if (filters.agency) {
    const agencies = await payload.find({
      collection: slugs.agencies,
      where: { slug: { equals: filters.agency } },
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: true,
      req,
    })
    agencyId = agencies.docs[0]?.id ?? null
  }

  const where: Where[] = [{ _status: { equals: 'published' } }]
  if (filters.audience) where.push({ audience: { in: [...new Set([filters.audience, 'all'])] } })
  if (filters.format) where.push({ format: { equals: filters.format } })
  if (topicId !== undefined) where.push({ topics: { in: [topicId] } })

  const kinds: OfferingKind[] = filters.kind ? [filters.kind] : ['course', 'programme']
  const found = await Promise.all(
    kinds.map(async (kind) => {
      const result = await payload.find({
        collection: kind === 'course' ? slugs.courses : slugs.programmes,
        where: { and: where },
        select: kind === 'programme' ? { ...summaryFields, byApplication: true } : summaryFields,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      return (result.docs as unknown as OfferingDoc[])
        .filter((doc) => matchesFreeText(doc, filters.q) && openToAgency(doc, agencyId))
        .map((doc) => ({ kind, doc }))
    }),
  )
  const offerings = found.flat()

  const sessions = await loadUpcomingSessions(
    payload,
    slugs,
    {
      course: offerings.filter((offering) => offering.kind === 'course').map((offering) => offering.doc.id),
      programme: offerings.filter((offering) => offering.kind === 'programme').map((offering) => offering.doc.id),
    },
    now,
    req,
  )
  const sessionsOf = new Map<string, SessionDoc[]>()
  for (const session of sessions) {
    const owner = ownerKey(session)
    if (owner) sessionsOf.set(owner, [...(sessionsOf.get(owner) ?? []), session])
  }

  const from = filters.from ? osloStartOfDay(filters.from).getTime() : undefined
  const until = filters.to ? osloStartOfDay(addDays(filters.to, 1)).getTime() : undefined
  const inRange = (session: SessionDoc) => {
    const start = new Date(session.startsAt ?? 0).getTime()
    return session.status === 'open' && (from === undefined || start >= from) && (until === undefined || start < until)
  }
  const dated = from !== undefined || until !== undefined

  const matches: OfferingMatch[] = []
  for (const { kind, doc } of offerings) {
    const own = sessionsOf.get(`${kind}:${idKey(doc.id)}`) ?? []
    // With a date range the offering sorts by its first session in the range; otherwise by its next one.
    const sortSession = dated ? own.find(inRange) : own[0]
    if (dated && !sortSession) continue
    matches.push({ kind, doc, sessions: own, sortsAt: sortSession ? new Date(sortSession.startsAt ?? 0).getTime() : Number.POSITIVE_INFINITY })
  }
  matches.sort(
    (a, b) =>
      a.sortsAt - b.sortsAt ||
      a.doc.title.localeCompare(b.doc.title, 'nb') ||
      (a.doc.slug ?? '').localeCompare(b.doc.slug ?? '') ||
      a.kind.localeCompare(b.kind),
  )
  return { matches, topics }
}
