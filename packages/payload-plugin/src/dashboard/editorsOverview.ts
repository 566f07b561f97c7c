import type { PayloadRequest } from 'payload'
import type { CatalogContext } from '../types.js'
import { loadOverviewFailedEmails } from './overviewFailedEmails.js'
import { loadOverviewServiceRequests } from './overviewServiceRequests.js'
import { loadOverviewSessions } from './overviewSessions.js'
import type { EditorsOverview } from './overviewTypes.js'

export interface EditorsOverviewOptions {
  /** @default 30 */
  horizonDays?: number
  /** Rows shown of the waiting service requests and of the failed emails (each counted in full). @default 10 */
  shown?: number
}

/**
 * What needs doing, for the editors' dashboard: sessions in the next days and how full they are, sessions at
 * risk of cancellation, service requests waiting for an answer, failed emails. "Now" is the catalogue's clock.
 * Read under the user's own access (`req.user`), in a fixed number of queries whatever the catalogue's size.
 */
export async function loadEditorsOverview(req: PayloadRequest, context: CatalogContext, options: EditorsOverviewOptions = {}): Promise<EditorsOverview> {
  const { horizonDays = 30, shown = 10 } = options
  const now = context.clock()
  const [sessions, serviceRequests, failedEmails] = await Promise.all([
    loadOverviewSessions(req, context, now, horizonDays),
    loadOverviewServiceRequests(req, context, now, shown),
    loadOverviewFailedEmails(req, context, shown),
  ])
  return { now: now.toISOString(), horizonDays, ...sessions, serviceRequests, failedEmails }
}
