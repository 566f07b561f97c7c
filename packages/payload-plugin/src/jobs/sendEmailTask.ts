import type { TaskConfig } from 'payload'
import { toStoredId } from '../catalog/storedId.js'
import { deliverQueuedEmail } from '../email/outbox/deliverQueuedEmail.js'
import type { CatalogContext } from '../types.js'

export const sendEmailTaskSlug = 'kurskatalogSendEmail'

type SendEmailIO = { input: { email: string }; output: { outcome: string } }

/**
 * Sends one queued email (see `enqueueEmail` and `deliverQueuedEmail`). A failed attempt fails the job,
 * which Payload runs again after an exponentially growing wait; after the email's last attempt it is
 * `failed` and the job ends. A run that finds the email held by another runner also fails, so that if
 * that runner's attempt fails this job is still there to retry it.
 */
export function sendEmailTask(context: CatalogContext): TaskConfig<SendEmailIO> {
  const { attempts, retryDelaySeconds } = context.outbox
  return {
    slug: sendEmailTaskSlug,
    label: 'Kurskatalog: send a queued email',
    inputSchema: [{ name: 'email', type: 'text', required: true }],
    outputSchema: [{ name: 'outcome', type: 'text', required: true }],
    // A few more than the email's own attempts, for the runs that found it busy elsewhere.
    retries: { attempts: attempts + 2, backoff: { type: 'exponential', delay: retryDelaySeconds * 1000 } },
    handler: async ({ input, req }) => {
      if (context.disabled) return { output: { outcome: 'disabled' } }
      const id = toStoredId(req.payload, context.slugs['queued-emails'], String(input.email))
      if (id === null) return { output: { outcome: 'gone' } }
      const delivery = await deliverQueuedEmail(req.payload, context, id)
      if (delivery.outcome === 'retry') throw delivery.error
      if (delivery.outcome === 'busy') throw new Error(`kurskatalog: email ${id} is being sent by another runner`)
      return { output: { outcome: delivery.outcome } }
    },
  }
}
