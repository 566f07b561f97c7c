import type { Format, OfferingSummary, SessionSummary } from './offerings.js'

/** schema.org's `courseMode` for each format. */
const courseModes: Record<Format, string> = { 'in-person': 'onsite', digital: 'online', hybrid: 'blended' }

/** One session as a schema.org `CourseInstance`. */
export function courseInstanceJsonLd(session: SessionSummary, format: Format): Record<string, unknown> {
  const place = session.meetings.find((meeting) => meeting.place)?.place
  return {
    '@type': 'CourseInstance',
    courseMode: courseModes[format],
    startDate: session.startsAt,
    endDate: session.endsAt,
    inLanguage: session.language,
    ...(place ? { location: { '@type': 'Place', name: place.name, ...(place.address ? { address: place.address } : {}) } } : {}),
    ...(session.seatStatus === 'cancelled' ? { eventStatus: 'https://schema.org/EventCancelled' } : {}),
  }
}

/**
 * One offering as a schema.org `Course`, with `sessions` as its instances (default: its next
 * sessions; a course page passes every upcoming one).
 */
export function courseJsonLd(
  offering: OfferingSummary,
  url: string | null,
  sessions: SessionSummary[] = offering.nextSessions,
): Record<string, unknown> {
  return {
    '@type': 'Course',
    name: offering.title,
    description: offering.summary,
    ...(url ? { url } : {}),
    isAccessibleForFree: offering.price.free,
    ...(offering.price.free || offering.price.amountNok === null
      ? {}
      : { offers: { '@type': 'Offer', price: offering.price.amountNok, priceCurrency: 'NOK', category: 'Paid' } }),
    hasCourseInstance: sessions.map((session) => courseInstanceJsonLd(session, offering.format)),
  }
}

/** A JSON-LD document as the text of a `<script type="application/ld+json">`: `<` escaped so no title can close the script. */
export function jsonLdText(graph: Record<string, unknown>[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replace(/</g, '\\u003c')
}

/** The listed offerings' JSON-LD, as the widgets' list and the catalogue's own pages write it. */
export function coursesJsonLd(offerings: OfferingSummary[], courseUrl: (slug: string) => string | null): string {
  return jsonLdText(offerings.map((offering) => courseJsonLd(offering, courseUrl(offering.slug))))
}
