import type { SeatReconciliationOptions } from '@kurskatalog/payload-plugin'
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
