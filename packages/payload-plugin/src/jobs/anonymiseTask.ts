import type { TaskConfig } from 'payload'
import { anonymiseExpired } from '../retention/anonymise.js'
import type { CatalogContext } from '../types.js'
import { scheduleUnlessLive } from './scheduleUnlessLive.js'

export const anonymiseTaskSlug = 'kurskatalogAnonymise'

// A nightly run still processing after this long died with its process; without this, one crash mid-run
// would hold every later night's run back (see scheduleUnlessLive).
const abandonedAfterSeconds = 6 * 60 * 60

type AnonymiseIO = { input: Record<string, never>; output: { anonymised: number; jobsRemoved: number } }

/** The daily retention run (see `anonymiseExpired`), on the plugin's queue. */
export function anonymiseTask(context: CatalogContext): TaskConfig<AnonymiseIO> {
  return {
    slug: anonymiseTaskSlug,
    label: 'Kurskatalog: anonymise registrations and service requests past the retention period',
    schedule:
      context.retentionDays === false
        ? undefined
        : [{ cron: context.retentionCron, queue: context.jobsQueue, hooks: { beforeSchedule: scheduleUnlessLive(abandonedAfterSeconds) } }],
    // Tomorrow's run is the retry: every row it finished is done, and the rest are still due.
    retries: 0,
    outputSchema: [
      { name: 'anonymised', type: 'number', required: true },
      { name: 'jobsRemoved', type: 'number', required: true },
    ],
    handler: async ({ req }) => {
      const report = await anonymiseExpired(req, context, context.clock())
      // Counts only: the output is kept in the job's log, which must not become a copy of what was removed.
      return { output: { anonymised: report.rows.length, jobsRemoved: report.jobsRemoved } }
    },
  }
}
