import type { Payload } from 'payload'
import type { DocId } from '../../catalog/docs.js'
import { sendEmailTaskSlug } from '../../jobs/sendEmailTask.js'
import type { CatalogContext } from '../../types.js'
import { deliverQueuedEmail } from './deliverQueuedEmail.js'
import { outboxStoreFor } from './outboxStore.js'

/**
 * An editor's "try again" on a failed email: failed → queued by one conditional update of its own (not in
 * a transaction: two clicks inside two transactions would both see it failed), then a new send job, then
 * one try at once. A process that dies between the two leaves it queued with no job, which is what the
 * sweep (`sweepOutbox`) finds. Its Message-ID stays. It gets one more attempt: if that fails too it is
 * failed again, with the new error. False when it was not failed (sent meanwhile, or another click came first).
 */
export async function retryFailedEmail(payload: Payload, context: CatalogContext, id: DocId): Promise<boolean> {
  if (!(await outboxStoreFor(payload, context.slugs).requeueFailed(id, new Date()))) return false
  await payload.jobs.queue({ task: sendEmailTaskSlug, input: { email: String(id) }, queue: context.jobsQueue })
  void deliverQueuedEmail(payload, context, id).catch((error: unknown) => payload.logger.error({ err: error, msg: `kurskatalog: could not send email ${id}` }))
  return true
}
