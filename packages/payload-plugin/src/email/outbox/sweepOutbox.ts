import type { PayloadRequest, Where } from 'payload'
import { sendEmailTaskSlug } from '../../jobs/sendEmailTask.js'
import type { CatalogContext } from '../../types.js'
import type { QueuedEmailDoc } from './queuedEmailDoc.js'

const jobs = 'payload-jobs'
// Enough for any burst a sweep meets; the next sweep takes the rest.
const perSweep = 200

export interface SweepReport {
  /** Send jobs still marked as processing after the claim timeout: their process died, so they were ended as failed. */
  abandonedJobs: number
  /** Emails queued or claimed long ago that no live job will send: each was given a new send job. */
  requeued: number
}

/**
 * Finds the emails no send job will ever send and gives each a new job. Payload never runs a job again
 * that was processing when its process died, so the email it carried would wait for ever: such a job
 * (processing for longer than `outbox.claimTimeoutSeconds`, longer than any send may take) is ended as
 * failed, and every email still queued, or claimed before the timeout, with no other live job is queued
 * anew. The email's own claim still decides who sends it, so a sweep on two instances at once, or a job
 * that was only slow, gives no second copy.
 */
export async function sweepOutbox(req: PayloadRequest, context: CatalogContext, now = new Date()): Promise<SweepReport> {
  const { payload } = req
  const staleBefore = new Date(now.getTime() - context.outbox.claimTimeoutSeconds * 1000).toISOString()
  const sendJobs: Where[] = [{ taskSlug: { equals: sendEmailTaskSlug } }, { queue: { equals: context.jobsQueue } }, { completedAt: { exists: false } }]

  const stuck: Where = { and: [...sendJobs, { processing: { equals: true } }, { updatedAt: { less_than: staleBefore } }] }
  // Counted first: the MongoDB adapter's updateJobs returns what matches the filter after the update, which is nothing here.
  const abandoned = await payload.db.count({ collection: jobs, where: stuck, req })
  if (abandoned.totalDocs > 0) {
    await payload.db.updateJobs({
      where: stuck,
      data: { processing: false, hasError: true, error: { message: `abandoned: still processing after ${context.outbox.claimTimeoutSeconds} s, its process stopped` } },
      req,
      returning: false,
    })
  }

  const live = await payload.db.find({
    collection: jobs,
    where: { and: [...sendJobs, { hasError: { not_equals: true } }] },
    limit: 0,
    pagination: false,
    req,
  })
  const carried = new Set(live.docs.map((job) => String((job as { input?: { email?: unknown } }).input?.email)))

  const stranded = await payload.find({
    collection: context.slugs['queued-emails'],
    where: {
      and: [
        { updatedAt: { less_than: staleBefore } },
        { or: [{ status: { equals: 'queued' } }, { and: [{ status: { equals: 'sending' } }, { claimedAt: { less_than: staleBefore } }] }] },
      ],
    },
    sort: 'createdAt',
    limit: perSweep,
    depth: 0,
    overrideAccess: true,
    req,
  })
  let requeued = 0
  for (const email of stranded.docs as unknown as QueuedEmailDoc[]) {
    if (carried.has(String(email.id))) continue
    await payload.jobs.queue({ task: sendEmailTaskSlug, input: { email: String(email.id) }, queue: context.jobsQueue, req })
    requeued++
  }
  return { abandonedJobs: abandoned.totalDocs, requeued }
}
