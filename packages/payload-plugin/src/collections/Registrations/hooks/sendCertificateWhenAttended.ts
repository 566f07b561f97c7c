import type { CollectionAfterChangeHook } from 'payload'
import { refId, type DocId } from '../../../catalog/docs.js'
import { certificateEmail } from '../../../certificate/certificateEmail.js'
import { certificatePdf } from '../../../certificate/certificatePdf.js'
import { claimCertificate } from '../../../certificate/claimCertificate.js'
import { loadCertificateFacts } from '../../../certificate/loadCertificateFacts.js'
import { mailerFor } from '../../../email/mailer.js'
import { enqueueEmail } from '../../../email/outbox/enqueueEmail.js'
import type { RegistrationDoc } from '../../../seats/registrationDoc.js'
import { loadSessionFacts } from '../../../seats/sessionFacts.js'
import type { CatalogContext } from '../../../types.js'

/**
 * A registration that becomes `attended` (completed: set by the attendance run after the last gathering,
 * or by an editor) on an offering with certificates on gets its certificate by email, once: the claim on
 * `certificateSentAt` and the queued email are in the change's own transaction. The PDF is drawn now and
 * stored with the email, so the send job needs nothing else and the certificate shows the facts of the
 * day it was issued.
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
    const sentAt = context.clock()
    if (!(await claimCertificate(req, context, after.id, sentAt))) return doc
    const pdf = await certificatePdf(await loadCertificateFacts(req, context, after, session, sentAt))
    await enqueueEmail(req, context, mailerFor(req, context), certificateEmail(session, after, pdf))
    return { ...doc, certificateSentAt: sentAt.toISOString() }
  }
