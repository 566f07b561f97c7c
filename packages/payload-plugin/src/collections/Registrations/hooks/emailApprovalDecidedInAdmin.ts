import type { CollectionAfterChangeHook } from 'payload'
import { refId, type DocId } from '../../../catalog/docs.js'
import { approvalConfirmedEmails, approvalEndedEmail } from '../../../email/approvalEmails.js'
import { mailerFor } from '../../../email/mailer.js'
import { enqueueEmail } from '../../../email/outbox/enqueueEmail.js'
import { isEngineWrite } from '../../../seats/engineWrite.js'
import type { RegistrationDoc } from '../../../seats/registrationDoc.js'
import { loadSessionFacts } from '../../../seats/sessionFacts.js'
import type { CatalogContext } from '../../../types.js'

/**
 * An editor who decides for a leader in the admin (sets a seat held for the leader to confirmed, or
 * cancels it) sends what the leader's click sends: the confirmation and the leader's copy, or the
 * decline. In the save's transaction, so a save that fails sends nothing; the seat itself follows
 * through `keepSeatsInStep`, as for any editor's change.
 */
export const emailApprovalDecidedInAdmin =
  (context: CatalogContext): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req, context: requestContext }) => {
    if (isEngineWrite(requestContext) || operation !== 'update') return doc
    const before = previousDoc as RegistrationDoc | undefined
    const after = doc as RegistrationDoc
    if (before?.status !== 'pending-approval' || !before.approvalToken) return doc
    if (after.status !== 'confirmed' && after.status !== 'cancelled') return doc
    const sessionId = refId(after.session as DocId)
    const session = sessionId === null ? null : await loadSessionFacts(req.payload, context.slugs, sessionId)
    if (!session) return doc
    const mailer = mailerFor(req, context)
    const emails = after.status === 'confirmed' ? approvalConfirmedEmails(mailer, session, after) : [approvalEndedEmail(session, after, 'declined')]
    for (const email of emails) await enqueueEmail(req, context, mailer, email)
    return doc
  }
