import type { PayloadRequest } from 'payload'
import { approvalRequestEmail } from '../email/approvalEmails.js'
import { enqueueEmail } from '../email/outbox/enqueueEmail.js'
import type { Mailer } from '../email/registrationEmails.js'
import type { RegistrationDoc } from '../seats/registrationDoc.js'
import type { SessionFacts } from '../seats/sessionFacts.js'
import type { CatalogContext } from '../types.js'

/** Queues the leader's Godkjenn / Avslå email for a seat held for them, in `req`'s transaction; nothing for any other registration. */
export async function askLeader(req: PayloadRequest, context: CatalogContext, mailer: Mailer, session: SessionFacts, registration: RegistrationDoc): Promise<void> {
  const { leaderEmail, approvalToken } = registration
  if (registration.status !== 'pending-approval' || !session.managerApproval || !leaderEmail || !approvalToken) return
  await enqueueEmail(req, context, mailer, approvalRequestEmail(mailer, session, { ...registration, leaderEmail, approvalToken }))
}
