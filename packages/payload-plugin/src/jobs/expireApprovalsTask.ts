import type { TaskConfig } from 'payload'
import { expireHolds } from '../approval/expireHolds.js'
import type { CatalogContext } from '../types.js'
import { scheduleUnlessLive } from './scheduleUnlessLive.js'

export const expireApprovalsTaskSlug = 'kurskatalogExpireApprovals'

// A run still processing after this long died with its process (see scheduleUnlessLive).
const abandonedAfterSeconds = 15 * 60

type ExpireApprovalsIO = { input: Record<string, never>; output: { expired: number } }

/** Gives up the seats whose leader did not answer in time (see `expireHolds`), on the plugin's queue. */
export function expireApprovalsTask(context: CatalogContext): TaskConfig<ExpireApprovalsIO> {
  return {
    slug: expireApprovalsTaskSlug,
    label: 'Kurskatalog: give up seats held for a leader who did not answer in time',
    schedule: [{ cron: context.approval.expiryCron, queue: context.jobsQueue, hooks: { beforeSchedule: scheduleUnlessLive(abandonedAfterSeconds) } }],
    // The next scheduled run is the retry: every place it ended is done, and the rest are still due.
    retries: 0,
    outputSchema: [{ name: 'expired', type: 'number', required: true }],
    handler: async ({ req }) => {
      if (context.disabled) return { output: { expired: 0 } }
      return { output: { expired: await expireHolds(req, context, context.clock()) } }
    },
  }
}
