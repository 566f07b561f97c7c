import { apiPaths, type Locale } from '@kurskatalog/contract'
import type { Payload, PayloadRequest } from 'payload'
import type { CatalogSlugs } from '../types.js'
import { idKey } from './docs.js'
import { findOfferings } from './findOfferings.js'
import type { OfferingFilters } from './offeringSearch.js'
import { loadSession } from './loadSessionDetail.js'
import { addDays, osloStartOfDay } from './osloTime.js'
import type { CatalogSnapshot } from './readModel/catalogSnapshot.js'
import { sessionCalendar, type CalendarSession } from './sessionCalendar.js'
import { summariseSessions } from './sessions.js'

export interface CalendarContext {
  now: Date
  /** Where links in the events point, e.g. https://kurs.oslo.kommune.no. */
  origin: string
  locale: Locale
  req?: PayloadRequest
}

const calendarNames: Record<Locale, string> = { nb: 'Kurskatalog', nn: 'Kurskatalog', en: 'Course catalogue' }

// A feed is for subscribing to what is coming, not an export: enough for any real catalogue's year.
export const maxFeedSessions = 500

const uidDomain = (origin: string) => {
  try {
    return new URL(origin).hostname || 'kurskatalog'
  } catch {
    return 'kurskatalog'
  }
}

/** The public .ics of one session (no meeting links), or null when the session is not public. */
export async function loadSessionCalendar(
  payload: Payload,
  slugs: CatalogSlugs,
  rawId: string,
  { now, origin, locale, req }: CalendarContext,
): Promise<{ ics: string; filename: string } | null> {
  const loaded = await loadSession(payload, slugs, rawId, { now, req })
  if (!loaded) return null
  const { detail, offering, session } = loaded
  const ics = sessionCalendar(
    [
      {
        session: detail,
        title: offering.title,
        description: offering.summary ?? null,
        url: `${origin}${apiPaths.offering(detail.offering.slug)}`,
        updatedAt: session.updatedAt,
      },
    ],
    { name: offering.title, locale, uidDomain: uidDomain(origin) },
  )
  return { ics, filename: `${detail.offering.slug}-${detail.startsAt.slice(0, 10)}.ics` }
}

/**
 * A subscribable feed of upcoming sessions of the offerings matching the listing's filters. With
 * from/to, only sessions starting in that range. Cancelled sessions stay in as STATUS:CANCELLED so
 * subscribed calendars drop them.
 */
export function loadCalendarFeed(snapshot: CatalogSnapshot, filters: OfferingFilters, { now, origin, locale }: CalendarContext): string {
  const { matches } = findOfferings(snapshot, filters, now)
  const from = filters.from ? osloStartOfDay(filters.from).getTime() : Number.NEGATIVE_INFINITY
  const until = filters.to ? osloStartOfDay(addDays(filters.to, 1)).getTime() : Number.POSITIVE_INFINITY
  const chosen = matches
    .flatMap((match) =>
      match.sessions
        .filter((session) => {
          const start = new Date(session.startsAt ?? 0).getTime()
          return start >= from && start < until
        })
        .map((session) => ({ match, session })),
    )
    .sort((a, b) => new Date(a.session.startsAt ?? 0).getTime() - new Date(b.session.startsAt ?? 0).getTime())
    .slice(0, maxFeedSessions)
  const summaries = summariseSessions(snapshot, chosen.map(({ session }) => session), now)
  const entries: CalendarSession[] = chosen.flatMap(({ match, session }) => {
    const summary = summaries.get(idKey(session.id))
    if (!summary) return []
    return [
      {
        session: summary,
        title: match.doc.title,
        description: match.doc.summary ?? null,
        url: `${origin}${apiPaths.offering(match.doc.slug ?? idKey(match.doc.id))}`,
        updatedAt: session.updatedAt,
      },
    ]
  })
  return sessionCalendar(entries, { name: calendarNames[locale], locale, uidDomain: uidDomain(origin) })
}
