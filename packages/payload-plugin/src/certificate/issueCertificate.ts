import type { Payload } from 'payload'
import { refId, type DocId } from '../catalog/docs.js'
import { inTransaction } from '../database/transaction.js'
import { mailerFor } from '../email/mailer.js'
import { enqueueEmail } from '../email/outbox/enqueueEmail.js'
import { findRegistration } from '../seats/registrationDoc.js'
import { loadSessionFacts } from '../seats/sessionFacts.js'
import type { CatalogContext } from '../types.js'
import { certificateClaimsFor } from './certificateClaims.js'
import { certificateEmail } from './certificateEmail.js'
import { certificatePdf } from './certificatePdf.js'
import { loadCertificateFacts } from './loadCertificateFacts.js'

/** What one run came to: the email queued; not (or no longer) due; queued by an earlier run; or being queued by another (try later). */
export type CertificateIssue = 'queued' | 'not-due' | 'done-before' | 'busy'

/**
 * Issues a registration's certificate, once: if it is `attended` on an offering with certificates on, the
 * claim on `certificateSentAt` decides who sends it (see `CertificateClaims`); the winner draws the PDF and
 * queues the email with it attached, in a transaction of its own. The PDF is drawn here, at enqueue time,
 * and stored in the outbox row, so the send job needs nothing else and the certificate shows the facts of
 * the day it was issued. If queuing fails the claim is undone, and the job that called this runs again; a
 * claim older than the outbox's claim timeout with no email is one whose process died, and is taken over.
 */
export async function issueCertificate(payload: Payload, context: CatalogContext, id: DocId): Promise<CertificateIssue> {
  const registration = await findRegistration(payload, context.slugs, { id: { equals: id } })
  if (!registration || registration.status !== 'attended' || registration.anonymisedAt) return 'not-due'
  const sessionId = refId(registration.session)
  const session = sessionId === null ? null : await loadSessionFacts(payload, context.slugs, sessionId)
  if (!session?.offering.certificate) return 'not-due'

  const claims = certificateClaimsFor(payload, context.slugs)
  const sentAt = context.clock()
  if (registration.certificateSentAt) {
    // Claimed before: done when its email is in the outbox. Without one, another run is queuing it now, or its
    // process died in between: wait (the job runs again), and past the outbox's claim timeout take it over.
    const queued = await payload.count({
      collection: context.slugs['queued-emails'],
      where: { and: [{ kind: { equals: 'certificate' } }, { registration: { equals: registration.id } }] },
      overrideAccess: true,
    })
    if (queued.totalDocs > 0) return 'done-before'
    const stale = new Date(registration.certificateSentAt)
    if (sentAt.getTime() - stale.getTime() < context.outbox.claimTimeoutSeconds * 1000) return 'busy'
    if (!(await claims.takeOver(registration.id, stale, sentAt))) return 'busy'
  } else if (!(await claims.claim(registration.id, sentAt))) {
    return 'done-before'
  }
  try {
    await inTransaction(payload, async (req) => {
      const pdf = await certificatePdf(await loadCertificateFacts(req, context, registration, session, sentAt))
      await enqueueEmail(req, context, mailerFor(req, context), certificateEmail(session, registration, pdf))
    })
  } catch (error) {
    await claims.release(registration.id, sentAt)
    throw error
  }
  return 'queued'
}
