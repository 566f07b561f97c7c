import { idKey, refId, type DocId, type OfferingDoc, type SessionDoc } from './docs.js'
import type { OfferingFilters, OfferingMatch, OfferingSearch } from './offeringSearch.js'
import { addDays, osloStartOfDay } from './osloTime.js'
import { answersUntil, upcomingSessionsOf, type CatalogSnapshot } from './readModel/catalogSnapshot.js'

const norwegian = new Intl.Collator('nb')

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

/** Whether a list of relationship values holds `id`. */
function refersTo(refs: OfferingDoc['topics'], id: DocId): boolean {
  return (refs ?? []).some((ref) => {
    const other = refId(ref)
    return other !== null && idKey(other) === idKey(id)
  })
}

/** No agencies means open to every agency. An unknown agency slug therefore still sees the open offer. */
function openToAgency(doc: OfferingDoc, agencyId: DocId | null | undefined): boolean {
  if (agencyId === undefined) return true
  const agencies = (doc.agencies ?? []).map((ref) => refId(ref)).filter((id): id is DocId => id !== null)
  if (agencies.length === 0) return true
  return agencyId !== null && agencies.some((id) => idKey(id) === idKey(agencyId))
}

/**
 * Finds the published offerings that match a query, in the catalogue's in-memory snapshot. Agency,
 * free text and dates are matched the same way on SQLite and MongoDB, so both agree on Norwegian
 * letters and on "no agencies means everyone". Sessions that have ended by `now` are left out.
 */
function matchOfferings(snapshot: CatalogSnapshot, filters: OfferingFilters, now: Date): OfferingSearch {
  const { topics } = snapshot
  let topicId: DocId | undefined
  if (filters.topic) {
    const topic = [...topics.values()].find((candidate) => candidate.slug === filters.topic)
    if (!topic) return { matches: [], topics }
    topicId = topic.id
  }
  const agencyId: DocId | null | undefined = filters.agency ? (snapshot.agencyIdBySlug.get(filters.agency) ?? null) : undefined
  const audiences = filters.audience ? new Set([filters.audience, 'all']) : undefined

  const offerings = snapshot.offerings.filter(
    ({ kind, doc }) =>
      (!filters.kind || kind === filters.kind) &&
      (!audiences || audiences.has(doc.audience ?? '')) &&
      (!filters.format || doc.format === filters.format) &&
      (topicId === undefined || refersTo(doc.topics, topicId)) &&
      matchesFreeText(doc, filters.q) &&
      openToAgency(doc, agencyId),
  )

  const from = filters.from ? osloStartOfDay(filters.from).getTime() : undefined
  const until = filters.to ? osloStartOfDay(addDays(filters.to, 1)).getTime() : undefined
  const inRange = (session: SessionDoc) => {
    const start = new Date(session.startsAt ?? 0).getTime()
    return session.status === 'open' && (from === undefined || start >= from) && (until === undefined || start < until)
  }
  const dated = from !== undefined || until !== undefined

  const matches: OfferingMatch[] = []
  for (const offering of offerings) {
    const { kind, doc } = offering
    const own = upcomingSessionsOf(snapshot, offering, now)
    // With a date range the offering sorts by its first session in the range; otherwise by its next one.
    const sortSession = dated ? own.find(inRange) : own[0]
    if (dated && !sortSession) continue
    matches.push({ kind, doc, sessions: own, sortsAt: sortSession ? new Date(sortSession.startsAt ?? 0).getTime() : Number.POSITIVE_INFINITY })
  }
  matches.sort(
    (a, b) =>
      a.sortsAt - b.sortsAt ||
      norwegian.compare(a.doc.title, b.doc.title) ||
      (a.doc.slug ?? '').localeCompare(b.doc.slug ?? '') ||
      a.kind.localeCompare(b.kind),
  )
  return { matches, topics }
}

/** How many distinct queries a snapshot remembers the answer to; past it the memory starts over. */
const rememberedQueries = 500

/**
 * The matches for a query, remembered per snapshot: what matches and in which order changes only with
 * the snapshot (a new one comes with every content change) or when one of its sessions ends, which
 * `answersUntil` tells. Seats are not part of it.
 */
export function findOfferings(snapshot: CatalogSnapshot, filters: OfferingFilters, now: Date): OfferingSearch {
  const key = JSON.stringify(Object.entries(filters).sort(([a], [b]) => a.localeCompare(b)))
  const at = now.getTime()
  const known = snapshot.searches.get(key)
  if (known && at >= known.from && at < known.until) return known.search
  const search = matchOfferings(snapshot, filters, now)
  if (snapshot.searches.size >= rememberedQueries) snapshot.searches.clear()
  snapshot.searches.set(key, { search, from: at, until: answersUntil(snapshot, at) })
  return search
}
