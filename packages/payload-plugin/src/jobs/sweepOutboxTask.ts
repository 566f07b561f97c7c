import type { TaskConfig } from 'payload'
import { sweepOutbox } from '../email/outbox/sweepOutbox.js'
import type { CatalogContext } from '../types.js'
import { scheduleUnlessLive } from './scheduleUnlessLive.js'

export const sweepOutboxTaskSlug = 'kurskatalogSweepOutbox'

type SweepOutboxIO = { input: Record<string, never>; output: { abandonedJobs: number; requeued: number } }

/** The outbox's sweep (see `sweepOutbox`): emails whose send job died with its process get a new one. */
export function sweepOutboxTask(context: CatalogContext): TaskConfig<SweepOutboxIO> {
  return {
    slug: sweepOutboxTaskSlug,
    label: 'Kurskatalog: give emails whose send job died a new one',
    // A sweep itself killed mid-run must not hold the next one back (see scheduleUnlessLive).
    schedule: [{ cron: context.outbox.sweepCron, queue: context.jobsQueue, hooks: { beforeSchedule: scheduleUnlessLive(context.outbox.claimTimeoutSeconds) } }],
    // The next scheduled sweep is the retry.
    retries: 0,
    outputSchema: [
      { name: 'abandonedJobs', type: 'number', required: true },
      { name: 'requeued', type: 'number', required: true },
    ],
    handler: async ({ req }) => {
      if (context.disabled) return { output: { abandonedJobs: 0, requeued: 0 } }
      return { output: await sweepOutbox(req, context) }
    },
  }
}
