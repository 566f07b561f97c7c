import type { TaskConfig } from 'payload'
import { reconcileSeats } from '../seats/reconcileSeats.js'
import type { CatalogContext, SeatReconciliationOptions } from '../types.js'
import { scheduleUnlessLive } from './scheduleUnlessLive.js'

export const reconcileSeatsTaskSlug = 'kurskatalogReconcileSeats'

// Typed by its input and output, not by slug: a host's generated job types must not decide the plugin's.
type ReconcileSeatsIO = { input: Record<string, never>; output: { recounted: number; promoted: number } }

/** The scheduled recount of the seat ledgers (see `reconcileSeats`), on the plugin's queue. */
export function reconcileSeatsTask(context: CatalogContext, options: SeatReconciliationOptions): TaskConfig<ReconcileSeatsIO> {
  return {
    slug: reconcileSeatsTaskSlug,
    label: 'Kurskatalog: tell the seat ledgers against the registrations',
    // A recount running longer than the quiet period has died with its process (see scheduleUnlessLive).
    schedule: [{ cron: options.cron, queue: context.jobsQueue, hooks: { beforeSchedule: scheduleUnlessLive(options.quietSeconds) } }],
    // The next scheduled run is the retry: a run that failed changed nothing it did not finish.
    retries: 0,
    outputSchema: [
      { name: 'recounted', type: 'number', required: true },
      { name: 'promoted', type: 'number', required: true },
    ],
    handler: async ({ req }) => {
      if (context.disabled) return { output: { recounted: 0, promoted: 0 } }
      const result = await reconcileSeats(req, context, options.quietSeconds)
      return { output: { recounted: result.recounted.length, promoted: result.promoted } }
    },
  }
}
