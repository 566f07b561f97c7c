import { randomUUID } from 'node:crypto'
import type { PayloadRequest } from 'payload'
import { relationTo, type DocId } from '../../catalog/docs.js'
import { sendEmailTaskSlug } from '../../jobs/sendEmailTask.js'
import type { CatalogContext } from '../../types.js'
import type { Mailer } from '../registrationEmails.js'
import { afterTransaction } from '../../database/afterTransaction.js'
import { deliverQueuedEmail } from './deliverQueuedEmail.js'
import type { OutgoingEmail } from './outgoingEmail.js'

/** A Message-ID that stays the same on every attempt, so a second copy (the one SMTP can give) is recognisable. */
export const newMessageId = (mailer: Mailer): string => `<${randomUUID()}@${new URL(mailer.baseUrl || 'http://localhost').hostname || 'localhost'}>`

/**
 * Puts an email in the outbox: its row and the job that sends it, both written with `req`, so both are
 * in the caller's transaction and a change that rolls back sends nothing. Once that transaction has
 * ended the email is sent here and now, by the same claim the job makes, so it goes out at once; the
 * job, run at the queue's next tick, then finds it sent (or retries it: a crash, a busy SMTP server).
 */
export async function enqueueEmail(req: PayloadRequest, context: CatalogContext, mailer: Mailer, outgoing: OutgoingEmail): Promise<DocId> {
  const { payload } = req
  const queued = await payload.create({
    collection: context.slugs['queued-emails'],
    data: {
      to: outgoing.to,
      subject: outgoing.email.subject,
      text: outgoing.email.text,
      html: outgoing.email.html,
      // Kept as stored JSON (the calendar file, base64): the send job needs nothing but this row.
      attachments: outgoing.attachments.length > 0 ? outgoing.attachments.map((file) => ({ ...file })) : undefined,
      messageId: newMessageId(mailer),
      kind: outgoing.kind,
      status: 'queued',
      attempts: 0,
      locale: outgoing.locale,
      ...(outgoing.registration !== undefined ? { registration: relationTo(outgoing.registration) } : {}),
      ...(outgoing.serviceRequest !== undefined ? { serviceRequest: relationTo(outgoing.serviceRequest) } : {}),
      ...(outgoing.editorMessage !== undefined ? { editorMessage: relationTo(outgoing.editorMessage) } : {}),
    },
    depth: 0,
    overrideAccess: true,
    req,
  })
  await payload.jobs.queue({ task: sendEmailTaskSlug, input: { email: String(queued.id) }, queue: context.jobsQueue, req })
  void afterTransaction(req, () => deliverQueuedEmail(payload, context, queued.id), `could not send email ${queued.id}`)
  return queued.id
}
