import type { CollectionSlug, PayloadRequest } from 'payload'
import type { CatalogContext } from '../types.js'

interface JobRow {
  id: number | string
  queue?: string | null
  input?: unknown
  log?: unknown
  error?: unknown
  completedAt?: string | null
  hasError?: boolean | null
  updatedAt?: string
}

// Payload's own jobs collection (not exported by name from `payload`).
const jobsCollectionSlug = 'payload-jobs' as CollectionSlug
const pageSize = 200

/** Values that mark a job as a person's copy: `unique` ones in any job, `shared` ones (a name) only in a finished or failed one. */
export interface Traces {
  unique: string[]
  shared: string[]
}

/** A value as it appears inside a job's JSON (quotes and backslashes escaped), so a match is a match. */
const asJson = (value: string): string => JSON.stringify(value).slice(1, -1)

/**
 * Deletes the rows of Payload's `payload-jobs` collection that are copies of removed data: any job not
 * running right now whose input, log or error contains one of `traces`; and, when `finishedBefore` is
 * given, the plugin's finished or failed jobs last changed before it. A running job is left for the next
 * run (the age rule takes it then).
 */
export async function removeJobCopies(req: PayloadRequest, context: CatalogContext, traces: Traces, finishedBefore: Date | null): Promise<number> {
  const unique = [...new Set(traces.unique)].map(asJson)
  const shared = [...new Set(traces.shared)].map(asJson)
  const doomed: (number | string)[] = []
  for (let page = 1; ; page++) {
    const found = await req.payload.find({
      collection: jobsCollectionSlug,
      where: { processing: { not_equals: true } },
      limit: pageSize,
      page,
      depth: 0,
      overrideAccess: true,
      req,
    })
    for (const job of found.docs as unknown as JobRow[]) {
      const text = JSON.stringify([job.input, job.log, job.error])
      const finished = Boolean(job.completedAt) || job.hasError === true
      const carries = unique.some((value) => text.includes(value)) || (finished && shared.some((value) => text.includes(value)))
      const old = finishedBefore !== null && job.queue === context.jobsQueue && finished && new Date(job.updatedAt ?? 0).getTime() < finishedBefore.getTime()
      if (carries || old) doomed.push(job.id)
    }
    if (!found.hasNextPage) break
  }
  if (doomed.length === 0) return 0
  await req.payload.db.deleteMany({ collection: jobsCollectionSlug, where: { id: { in: doomed } }, req })
  return doomed.length
}
