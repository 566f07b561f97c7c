import { waitingServiceRequestStatuses } from '../dashboard/overviewTypes.js'

/** Where in the admin an editor acts on one document. */
export const documentPath = (adminRoute: string, collection: string, id: number | string): string =>
  `${adminRoute}/collections/${collection}/${encodeURIComponent(String(id))}`

/** The outbox's list filtered to the failed emails. */
export const failedEmailsListPath = (adminRoute: string, queuedEmailsSlug: string): string => `${adminRoute}/collections/${queuedEmailsSlug}?where[status][equals]=failed`

/** The service requests waiting for an answer, the oldest first. */
export const waitingServiceRequestsListPath = (adminRoute: string, serviceRequestsSlug: string): string =>
  `${adminRoute}/collections/${serviceRequestsSlug}?${waitingServiceRequestStatuses.map((status, index) => `where[status][in][${index}]=${status}`).join('&')}&sort=createdAt`
