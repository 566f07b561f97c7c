import { nextSessionsPerOffering, type OfferingDetail, type OfferingKind, type OfferingListResponse, type ValidOfferingQuery } from '@kurskatalog/contract'
import type { Payload, Where } from 'payload'
import { idKey, refId, type OfferingDoc, type SessionDoc, type TopicDoc } from '../../src/catalog/docs.js'
import { loadFacilitators, loadLocations, loadTakenSeats } from '../../src/catalog/lookups.js'
import { addDays, osloStartOfDay } from '../../src/catalog/osloTime.js'
import { toOfferingDetail, toOfferingSummary } from '../../src/catalog/toOffering.js'
import { locationIdsOf, toSessionSummary } from '../../src/catalog/toSessionSummary.js'

/**
 * The reference for the read model: the public listing and detail answered straight from the database
 * with the Local API, query by query, the way the endpoints answered before the read model (filters in
 * `where` where the database can do them). Slow on purpose, and sharing only the shapes (`toOffering*`,
 * `toSessionSummary`) with the code under test, so a test comparing the two compares what is chosen,
 * in which order, with which seats.
 */
const folded = (text: string) => text.normalize('NFC').toLocaleLowerCase('nb')

async function sessionsOf(payload: Payload, kind: OfferingKind, id: OfferingDoc['id'], now: Date): Promise<SessionDoc[]> {
  const found = await payload.find({
    collection: 'sessions',
    where: { and: [{ kind: { equals: kind } }, { [kind]: { equals: id } }, { endsAt: { greater_than: now.toISOString() } }, { status: { in: ['open', 'cancelled'] } }] },
    depth: 0,
    pagination: false,
    joins: false,
  })
  return (found.docs as unknown as SessionDoc[]).sort(
    (a, b) => new Date(a.startsAt ?? 0).getTime() - new Date(b.startsAt ?? 0).getTime() || idKey(a.id).localeCompare(idKey(b.id)),
  )
}

async function summaries(payload: Payload, sessions: SessionDoc[], now: Date) {
  const [taken, locations] = await Promise.all([
    loadTakenSeats(payload, { 'session-seats': 'session-seats' } as never, sessions.map((session) => session.id)),
    loadLocations(payload, { locations: 'locations' } as never, locationIdsOf(sessions)),
  ])
  return sessions.map((session) => toSessionSummary(session, taken.get(idKey(session.id)) ?? 0, now, locations))
}

async function allTopics(payload: Payload): Promise<Map<string, TopicDoc>> {
  const found = await payload.find({ collection: 'topics', depth: 0, pagination: false })
  return new Map((found.docs as unknown as TopicDoc[]).map((topic) => [idKey(topic.id), topic]))
}

export async function databaseListing(payload: Payload, query: ValidOfferingQuery, now: Date): Promise<OfferingListResponse> {
  const { page, limit, ...filters } = query
  const topics = await allTopics(payload)
  const where: Where[] = [{ _status: { equals: 'published' } }]
  if (filters.audience) where.push({ audience: { in: [filters.audience, 'all'] } })
  if (filters.format) where.push({ format: { equals: filters.format } })
  if (filters.topic) {
    const topic = [...topics.values()].find((candidate) => candidate.slug === filters.topic)
    if (!topic) return { items: [], page, limit, totalItems: 0, totalPages: 0 }
    where.push({ topics: { in: [topic.id] } })
  }
  let agencyId: string | null | undefined
  if (filters.agency) {
    const agencies = await payload.find({ collection: 'agencies', where: { slug: { equals: filters.agency } }, depth: 0, limit: 1 })
    agencyId = agencies.docs[0] ? idKey(agencies.docs[0].id) : null
  }
  const from = filters.from ? osloStartOfDay(filters.from).getTime() : undefined
  const until = filters.to ? osloStartOfDay(addDays(filters.to, 1)).getTime() : undefined
  const words = filters.q ? folded(filters.q).split(/\s+/).filter(Boolean) : []

  const matches: { kind: OfferingKind; doc: OfferingDoc; sessions: SessionDoc[]; sortsAt: number }[] = []
  for (const kind of filters.kind ? [filters.kind] : (['course', 'programme'] as const)) {
    const found = await payload.find({ collection: kind === 'course' ? 'courses' : 'programmes', where: { and: where }, depth: 0, pagination: false })
    for (const doc of found.docs as unknown as OfferingDoc[]) {
      const haystack = folded(`${doc.title}\n${doc.summary ?? ''}`)
      if (!words.every((word) => haystack.includes(word))) continue
      const agencies = (doc.agencies ?? []).map((ref) => refId(ref)).filter((id) => id !== null).map((id) => idKey(id))
      if (agencyId !== undefined && agencies.length > 0 && (agencyId === null || !agencies.includes(agencyId))) continue
      const sessions = await sessionsOf(payload, kind, doc.id, now)
      const inRange = sessions.find((session) => {
        const start = new Date(session.startsAt ?? 0).getTime()
        return session.status === 'open' && (from === undefined || start >= from) && (until === undefined || start < until)
      })
      const dated = from !== undefined || until !== undefined
      if (dated && !inRange) continue
      const sortSession = dated ? inRange : sessions[0]
      matches.push({ kind, doc, sessions, sortsAt: sortSession ? new Date(sortSession.startsAt ?? 0).getTime() : Number.POSITIVE_INFINITY })
    }
  }
  matches.sort(
    (a, b) =>
      a.sortsAt - b.sortsAt || a.doc.title.localeCompare(b.doc.title, 'nb') || (a.doc.slug ?? '').localeCompare(b.doc.slug ?? '') || a.kind.localeCompare(b.kind),
  )
  const onPage = matches.slice((page - 1) * limit, page * limit)
  const items = []
  for (const match of onPage) {
    items.push(toOfferingSummary(match.doc, match.kind, topics, await summaries(payload, match.sessions.slice(0, nextSessionsPerOffering), now)))
  }
  return { items, page, limit, totalItems: matches.length, totalPages: Math.ceil(matches.length / limit) }
}

export async function databaseDetail(payload: Payload, slug: string, now: Date): Promise<OfferingDetail | null> {
  for (const kind of ['course', 'programme'] as const) {
    const found = await payload.find({
      collection: kind === 'course' ? 'courses' : 'programmes',
      where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
      depth: 0,
      limit: 1,
    })
    const doc = found.docs[0] as unknown as OfferingDoc | undefined
    if (!doc) continue
    const facilitatorIds = (doc.facilitators ?? []).map((ref) => refId(ref)).filter((id) => id !== null)
    const facilitators = await loadFacilitators(payload, { facilitators: 'facilitators' } as never, facilitatorIds)
    return toOfferingDetail(doc, kind, await allTopics(payload), facilitators, await summaries(payload, await sessionsOf(payload, kind, doc.id, now), now))
  }
  return null
}
