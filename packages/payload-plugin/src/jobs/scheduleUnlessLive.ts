import type { TaskConfig, Where } from 'payload'

type BeforeSchedule = NonNullable<NonNullable<NonNullable<TaskConfig['schedule']>[number]['hooks']>['beforeSchedule']>

const jobs = 'payload-jobs'

/**
 * Schedules a task's next run unless one is queued or running — as Payload's default does — except
 * that a run still marked as processing after `abandonedAfterSeconds` is taken to have died with its
 * process: it is ended as failed (so the failure shows) and no longer holds the schedule back.
 * Payload never clears a job whose process was killed, so with its default one crash mid-run would
 * stop a scheduled task for good.
 */
export const scheduleUnlessLive =
  (abandonedAfterSeconds: number): BeforeSchedule =>
  async ({ queueable, req }) => {
    const taskSlug = queueable.taskConfig?.slug
    const mine: Where[] = [
      { queue: { equals: queueable.scheduleConfig.queue } },
      { taskSlug: { equals: taskSlug ?? null } },
      { completedAt: { exists: false } },
      { 'meta.scheduled': { equals: true } },
    ]
    const abandonedBefore = new Date(Date.now() - abandonedAfterSeconds * 1000).toISOString()
    await req.payload.db.updateJobs({
      where: { and: [...mine, { processing: { equals: true } }, { updatedAt: { less_than: abandonedBefore } }] },
      data: { processing: false, hasError: true, error: { message: `abandoned: still processing after ${abandonedAfterSeconds} s, its process stopped` } },
      req,
      returning: false,
    })
    const live = await req.payload.db.count({ collection: jobs, where: { and: [...mine, { hasError: { not_equals: true } }] }, req })
    return { input: {}, shouldSchedule: live.totalDocs === 0, waitUntil: queueable.waitUntil }
  }
