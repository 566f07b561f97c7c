import type { TaskConfig } from 'payload'
import { settleAttendance } from '../attendance/settleAttendance.js'
import type { CatalogContext } from '../types.js'
import { scheduleUnlessLive } from './scheduleUnlessLive.js'

export const settleAttendanceTaskSlug = 'kurskatalogSettleAttendance'

// A run still processing after this long died with its process (see scheduleUnlessLive).
const abandonedAfterSeconds = 30 * 60

type SettleAttendanceIO = { input: Record<string, never>; output: { sessions: number; registrations: number } }

/** Turns ended sessions' attendance into attended or no-show (see `settleAttendance`), on the plugin's queue. */
export function settleAttendanceTask(context: CatalogContext): TaskConfig<SettleAttendanceIO> {
  return {
    slug: settleAttendanceTaskSlug,
    label: 'Kurskatalog: turn ended sessions\' attendance into attended or no-show',
    schedule: [{ cron: context.attendance.cron, queue: context.jobsQueue, hooks: { beforeSchedule: scheduleUnlessLive(abandonedAfterSeconds) } }],
    // The next scheduled run is the retry: a session it did not finish rolled back and is still due.
    retries: 0,
    outputSchema: [
      { name: 'sessions', type: 'number', required: true },
      { name: 'registrations', type: 'number', required: true },
    ],
    handler: async ({ req }) => {
      if (context.disabled) return { output: { sessions: 0, registrations: 0 } }
      return { output: await settleAttendance(req, context, context.clock()) }
    },
  }
}
