import type { OutboxOptions, ReminderOptions, SeatReconciliationOptions } from '@kurskatalog/payload-plugin'
import type { JobsConfig } from 'payload'

/** The queue the catalogue's background work runs on (the plugin's jobs and this app's runner agree on it here). */
export const catalogJobsQueue = 'kurskatalog'

/**
 * Every instance runs the queue: each tick it queues what is scheduled and runs what is due. Payload
 * marks a job as processing before it runs it; the catalogue's own jobs are written to be safe when
 * two instances still run the same one. `KK_JOBS_CRON` (croner syntax, seconds first) sets the tick.
 */
export function jobsFromEnv(env: NodeJS.ProcessEnv = process.env): JobsConfig {
  return { autoRun: [{ cron: env.KK_JOBS_CRON || '*/10 * * * * *', queue: catalogJobsQueue, limit: 50 }] }
}

/** `KK_SEAT_RECOUNT_CRON` and `KK_SEAT_RECOUNT_QUIET_SECONDS` override when and how carefully the seat ledgers are recounted. */
export function seatReconciliationFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<SeatReconciliationOptions> {
  const quiet = Number(env.KK_SEAT_RECOUNT_QUIET_SECONDS)
  return {
    ...(env.KK_SEAT_RECOUNT_CRON ? { cron: env.KK_SEAT_RECOUNT_CRON } : {}),
    ...(env.KK_SEAT_RECOUNT_QUIET_SECONDS && Number.isFinite(quiet) && quiet >= 0 ? { quietSeconds: quiet } : {}),
  }
}

/**
 * `KK_OUTBOX_CLAIM_TIMEOUT_SECONDS` (how long a send may take before its email counts as abandoned by a dead
 * process) and `KK_OUTBOX_SWEEP_CRON` (when the sweep looks for such emails). Unset: the plugin's defaults.
 */
export function outboxFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<OutboxOptions> {
  const timeout = Number(env.KK_OUTBOX_CLAIM_TIMEOUT_SECONDS)
  return {
    ...(env.KK_OUTBOX_CLAIM_TIMEOUT_SECONDS && Number.isFinite(timeout) && timeout >= 1 ? { claimTimeoutSeconds: timeout } : {}),
    ...(env.KK_OUTBOX_SWEEP_CRON ? { sweepCron: env.KK_OUTBOX_SWEEP_CRON } : {}),
  }
}

/**
 * `KK_RETENTION_DAYS`: days after a session ended (or a service request was closed) before its personal
 * data is anonymised; `false` turns the daily job off. Unset: the plugin's default (365). Anything else
 * that is not a whole number of days stops the start, since a silently ignored retention period is unlawful.
 */
export function retentionDaysFromEnv(env: NodeJS.ProcessEnv = process.env): number | false | undefined {
  const value = env.KK_RETENTION_DAYS?.trim()
  if (!value) return undefined
  if (value === 'false') return false
  return Number(value)
}

/**
 * `KK_REMINDER_DAYS` (days before a meeting its reminder goes out, unless a session says otherwise;
 * `false` turns reminders off) and `KK_REMINDER_CRON` (when the run that sends them is scheduled). Unset:
 * the plugin's defaults (2 days, every 5 minutes). A value of days that is not a whole number from 0 to 60
 * stops the start (the plugin refuses it), rather than send reminders on a day nobody chose.
 */
export function remindersFromEnv(env: NodeJS.ProcessEnv = process.env): false | Partial<ReminderOptions> {
  const days = env.KK_REMINDER_DAYS?.trim()
  if (days === 'false') return false
  return {
    ...(days ? { daysBefore: /^\d+$/.test(days) ? Number(days) : Number.NaN } : {}),
    ...(env.KK_REMINDER_CRON ? { cron: env.KK_REMINDER_CRON } : {}),
  }
}
