import type { CollectionAfterChangeHook } from 'payload'
import { refId, type DocId } from '../../../catalog/docs.js'
import { issueCertificate } from '../../../certificate/issueCertificate.js'
import { afterTransaction } from '../../../database/afterTransaction.js'
import { issueCertificateTaskSlug } from '../../../jobs/issueCertificateTask.js'
import type { RegistrationDoc } from '../../../seats/registrationDoc.js'
import { loadSessionFacts } from '../../../seats/sessionFacts.js'
import type { CatalogContext } from '../../../types.js'

/**
 * A registration that becomes `attended` (completed: set by the attendance run after the last gathering,
 * or by an editor) on an offering with certificates on gets its certificate by email, once. The job that
 * issues it is queued in the change's own transaction, so a save that fails queues nothing; once that
 * transaction has ended it is issued here and now, by the same once-only claim the job makes, and the
 * job then finds it done (or does it: a crash, a failure).
 */
export const sendCertificateWhenAttended =
  (context: CatalogContext): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    const after = doc as RegistrationDoc
    if (after.status !== 'attended' || after.certificateSentAt || after.anonymisedAt) return doc
    if (operation === 'update' && (previousDoc as RegistrationDoc | undefined)?.status === 'attended') return doc
    const sessionId = refId(after.session as DocId)
    const session = sessionId === null ? null : await loadSessionFacts(req.payload, context.slugs, sessionId)
    if (!session?.offering.certificate) return doc
    await req.payload.jobs.queue({ task: issueCertificateTaskSlug, input: { registration: String(after.id) }, queue: context.jobsQueue, req })
    const { payload } = req
    void afterTransaction(req, () => issueCertificate(payload, context, after.id), `could not issue the certificate of registration ${after.id}`)
    return doc
  }
