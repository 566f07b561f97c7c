import type { TaskConfig } from 'payload'
import { issueCertificate } from '../certificate/issueCertificate.js'
import { toStoredId } from '../catalog/storedId.js'
import type { CatalogContext } from '../types.js'

export const issueCertificateTaskSlug = 'kurskatalogIssueCertificate'

type IssueCertificateIO = { input: { registration: string }; output: { outcome: string } }

/**
 * Issues one registration's certificate (see `issueCertificate`): queued in the transaction that made the
 * registration `attended`, so a change that rolls back queues nothing, and a process that dies before the
 * certificate went out leaves the job for the next tick. A run that finds it queued does nothing; one that finds
 * it claimed but not queued fails, so that it is tried again (and takes the claim over once it is stale).
 */
export function issueCertificateTask(context: CatalogContext): TaskConfig<IssueCertificateIO> {
  return {
    slug: issueCertificateTaskSlug,
    label: 'Kurskatalog: issue a course certificate',
    inputSchema: [{ name: 'registration', type: 'text', required: true }],
    outputSchema: [{ name: 'outcome', type: 'text', required: true }],
    retries: { attempts: 5, backoff: { type: 'exponential', delay: context.outbox.retryDelaySeconds * 1000 } },
    handler: async ({ input, req }) => {
      if (context.disabled) return { output: { outcome: 'disabled' } }
      const id = toStoredId(req.payload, context.slugs.registrations, String(input.registration))
      if (id === null) return { output: { outcome: 'not-due' } }
      const outcome = await issueCertificate(req.payload, context, id)
      // Claimed by a run that has not queued its email (yet): this job stays to take it over if that run died.
      if (outcome === 'busy') throw new Error(`kurskatalog: the certificate of registration ${id} is being issued by another run`)
      return { output: { outcome } }
    },
  }
}
