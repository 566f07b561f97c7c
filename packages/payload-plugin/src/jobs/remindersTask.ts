import type { TaskConfig } from 'payload'
import { sendDueReminders } from '../reminders/sendDueReminders.js'
import type { CatalogContext } from '../types.js'
import { scheduleUnlessLive } from './scheduleUnlessLive.js'

export const remindersTaskSlug = 'kurskatalogSendReminders'

// A run still processing after this long died with its process; a later run must not wait on it (see scheduleUnlessLive).
const abandonedAfterSeconds = 30 * 60

type RemindersIO = { input: Record<string, never>; output: { sent: number; failed: number } }

/** The frequent run that sends the reminders now due (see `sendDueReminders`), on the plugin's queue. */
export function remindersTask(context: CatalogContext): TaskConfig<RemindersIO> {
  return {
    slug: remindersTaskSlug,
    label: 'Kurskatalog: send the reminders due before meetings',
    schedule:
      context.reminders === false
        ? undefined
        : [{ cron: context.reminders.cron, queue: context.jobsQueue, hooks: { beforeSchedule: scheduleUnlessLive(abandonedAfterSeconds) } }],
    // The next scheduled run is the retry: every reminder it did not send is still due until its meeting starts.
    retries: 0,
    outputSchema: [
      { name: 'sent', type: 'number', required: true },
      { name: 'failed', type: 'number', required: true },
    ],
    handler: async ({ req }) => {
      const run = await sendDueReminders(req, context, context.clock())
      // Failed ones were logged and are retried by the next run; the job shows that this one had failures.
      if (run.failed > 0) throw new Error(`kurskatalog: ${run.failed} reminders could not be queued (${run.sent} were); the next run tries again`)
      return { output: run }
    },
  }
}
