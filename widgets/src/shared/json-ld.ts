import type { OfferingSummary, SessionSummary } from '@kurskatalog/contract'

const modes: Record<OfferingSummary['format'], string> = { 'in-person': 'onsite', digital: 'online', hybrid: 'blended' }

function courseInstance(session: SessionSummary, format: OfferingSummary['format']) {
  const place = session.meetings.find((meeting) => meeting.place)?.place
  return {
    '@type': 'CourseInstance',
    courseMode: modes[format],
    startDate: session.startsAt,
    endDate: session.endsAt,
    inLanguage: session.language,
    ...(place ? { location: { '@type': 'Place', name: place.name, ...(place.address ? { address: place.address } : {}) } } : {}),
    ...(session.seatStatus === 'cancelled' ? { eventStatus: 'https://schema.org/EventCancelled' } : {}),
  }
}

/** schema.org Course + CourseInstance for search engines. `<` is escaped so no title can close the script. */
export function coursesJsonLd(offerings: OfferingSummary[], courseUrl: (slug: string) => string | null): string {
  const graph = offerings.map((offering) => {
    const url = courseUrl(offering.slug)
    return {
      '@type': 'Course',
      name: offering.title,
      description: offering.summary,
      ...(url ? { url } : {}),
      isAccessibleForFree: offering.price.free,
      ...(offering.price.free || offering.price.amountNok === null
        ? {}
        : { offers: { '@type': 'Offer', price: offering.price.amountNok, priceCurrency: 'NOK', category: 'Paid' } }),
      hasCourseInstance: offering.nextSessions.map((session) => courseInstance(session, offering.format)),
    }
  })
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }).replace(/</g, '\\u003c')
}

/** Puts the JSON-LD in the host's light DOM (where crawlers read it), replacing what the element wrote before. */
export function writeJsonLd(host: HTMLElement, json: string | null): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[data-kk-json-ld]')
  if (json === null) {
    script?.remove()
    return
  }
  try {
    if (!script) {
      script = document.createElement('script')
      script.type = 'application/ld+json'
      script.dataset['kkJsonLd'] = ''
      host.append(script)
    }
    script.textContent = json
  } catch {
    // A page that enforces Trusted Types refuses script text; the widget works without structured data.
    script?.remove()
  }
}
