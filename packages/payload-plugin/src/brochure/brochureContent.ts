import type { BrochureOptions, OfferingDetail, ServiceDetail } from '@kurskatalog/contract'
import { idKey, type SessionDoc, type TopicDoc } from '../catalog/docs.js'
import { findOfferings } from '../catalog/findOfferings.js'
import { addDays, osloStartOfDay } from '../catalog/osloTime.js'
import type { CatalogSnapshot } from '../catalog/readModel/catalogSnapshot.js'
import { summariseSessions } from '../catalog/sessions.js'
import { toOfferingDetail } from '../catalog/toOffering.js'
import type { IssuerFacts } from '../globals/IssuerSettings/issuerFacts.js'

/** The offerings of one topic, as the contents and the sections group them. */
export interface BrochureTopic {
  /** null: offerings with no topic (the last group). */
  title: string | null
  offerings: OfferingDetail[]
}

/** Everything one brochure prints, in its order: read from the published catalogue, no text of its own but its labels. */
export interface BrochureContent {
  options: BrochureOptions
  /** The topic the brochure is limited to, when it is. */
  topicTitle: string | null
  topics: BrochureTopic[]
  services: ServiceDetail[]
  issuer: IssuerFacts
  /** When the seats printed were read (the catalogue's clock). */
  seatsAsOf: Date
  /** Where the public pages are: `https://kurs.example.no`. */
  origin: string
}

const norwegian = new Intl.Collator('nb')

/** The topic an offering is printed under: the first of its topics (by title) that the catalogue has; null when none. */
function homeTopic(detail: OfferingDetail, topicsBySlug: ReadonlyMap<string, TopicDoc>): string | null {
  const known = detail.topics.filter((topic) => topicsBySlug.has(topic.slug)).sort((a, b) => norwegian.compare(a.title, b.title))
  return known[0]?.slug ?? null
}

/**
 * The brochure's offerings: every published course and programme with an open session starting in the
 * period (the listing's own filter, so the brochure and `/kurs?from=…&to=…` never disagree), each with only
 * those sessions, grouped under its first topic (topics by title, offerings by title within each), or
 * under the chosen topic when the brochure is for one.
 */
export function brochureContent(
  snapshot: CatalogSnapshot,
  options: BrochureOptions,
  extra: { services: ServiceDetail[]; issuer: IssuerFacts; origin: string; now: Date },
): BrochureContent {
  const { now } = extra
  const { matches } = findOfferings(snapshot, { from: options.from, to: options.to, ...(options.topic ? { topic: options.topic } : {}), ...(options.audience ? { audience: options.audience } : {}) }, now)
  const topicsBySlug = new Map([...snapshot.topics.values()].map((topic) => [topic.slug ?? idKey(topic.id), topic]))
  // The listing's own test of a session in a date range: open, starting on one of the period's Oslo days.
  const from = osloStartOfDay(options.from).getTime()
  const until = osloStartOfDay(addDays(options.to, 1)).getTime()
  const inPeriod = (session: SessionDoc) => {
    const start = new Date(session.startsAt ?? 0).getTime()
    return session.status === 'open' && start >= from && start < until
  }

  const groups = new Map<string | null, OfferingDetail[]>()
  for (const match of matches) {
    const own = match.sessions.filter(inPeriod)
    if (own.length === 0) continue
    const summaries = summariseSessions(snapshot, own, now)
    const sessions = own.flatMap((session) => summaries.get(idKey(session.id)) ?? [])
    const detail = toOfferingDetail(match.doc, match.kind, snapshot.topics, snapshot.facilitators, sessions)
    const home = options.topic ?? homeTopic(detail, topicsBySlug)
    const group = groups.get(home)
    if (group) group.push(detail)
    else groups.set(home, [detail])
  }

  const topics: BrochureTopic[] = [...groups.entries()]
    .map(([slug, offerings]) => ({
      title: slug === null ? null : (topicsBySlug.get(slug)?.title ?? slug),
      offerings: offerings.sort((a, b) => norwegian.compare(a.title, b.title) || a.slug.localeCompare(b.slug)),
    }))
    .sort((a, b) => (a.title === null ? 1 : b.title === null ? -1 : norwegian.compare(a.title, b.title)))

  return {
    options,
    topicTitle: options.topic ? (topicsBySlug.get(options.topic)?.title ?? null) : null,
    topics,
    services: options.topic || options.audience ? [] : extra.services,
    issuer: extra.issuer,
    seatsAsOf: now,
    origin: extra.origin,
  }
}
