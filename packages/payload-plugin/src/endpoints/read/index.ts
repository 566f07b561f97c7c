import type { Endpoint } from 'payload'
import type { CatalogContext } from '../../types.js'
import { brochureEndpoint } from './brochure.js'
import { calendarFeedEndpoint } from './calendarFeed.js'
import { offeringEndpoint } from './offering.js'
import { offeringsEndpoint } from './offerings.js'
import { readPreflightEndpoints } from './preflight.js'
import { serviceEndpoint } from './service.js'
import { servicesEndpoint } from './services.js'
import { sessionEndpoint } from './session.js'
import { sessionCalendarEndpoint } from './sessionCalendar.js'
import { topicsEndpoint } from './topics.js'

/**
 * Public, cacheable reads: the offer, one offering, services, topics, sessions, calendars.
 * The listing, the detail and the calendar feed answer from the read model (`catalog/readModel/`), which
 * follows the database's stamps, so a change an editor publishes shows within a second on every
 * instance; browsers and CDNs reuse answers for a short max-age and revalidate with the ETag.
 */
export function readEndpoints(context: CatalogContext): Endpoint[] {
  const reads = [
    offeringsEndpoint(context),
    offeringEndpoint(context),
    sessionEndpoint(context),
    sessionCalendarEndpoint(context),
    calendarFeedEndpoint(context),
    servicesEndpoint(context),
    serviceEndpoint(context),
    topicsEndpoint(context),
    brochureEndpoint(context),
  ]
  return [...reads, ...readPreflightEndpoints(reads.map((endpoint) => endpoint.path))]
}
