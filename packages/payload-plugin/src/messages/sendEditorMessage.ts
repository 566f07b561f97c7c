import type { MessageAudience, ReplyStep } from '@kurskatalog/contract'
import type { PayloadRequest } from 'payload'
import { relationTo, type DocId } from '../catalog/docs.js'
import { enqueueEmail } from '../email/outbox/enqueueEmail.js'
import type { OutgoingEmail } from '../email/outbox/outgoingEmail.js'
import type { Mailer } from '../email/registrationEmails.js'
import type { CatalogContext } from '../types.js'

/** What is kept of an editor's message: what it said, what it concerns, who sent it. */
export interface EditorMessageRecord {
  subject: string
  body: string
  session?: DocId
  audience?: MessageAudience
  serviceRequest?: DocId
  step?: ReplyStep
  sentBy: string | null
  idempotencyKey?: string
}

/** The editor behind `req`, as the log names them: their email, else their id. */
export const sentByOf = (req: PayloadRequest): string | null => {
  const user = req.user as { email?: unknown; id?: unknown } | null | undefined
  if (!user) return null
  return typeof user.email === 'string' && user.email ? user.email : String(user.id ?? '')
}

/**
 * Stores an editor's message with its number of recipients; with `req` in the caller's transaction, without it on
 * its own — then a second submit with the same idempotency key is refused by the unique key at once.
 */
export async function recordEditorMessage(req: PayloadRequest | undefined, context: CatalogContext, payload: PayloadRequest['payload'], record: EditorMessageRecord, recipients: number): Promise<DocId> {
  const stored = await payload.create({
    collection: context.slugs['editor-messages'],
    data: {
      subject: record.subject,
      body: record.body,
      ...(record.session !== undefined ? { session: relationTo(record.session), audience: record.audience } : {}),
      ...(record.serviceRequest !== undefined ? { serviceRequest: relationTo(record.serviceRequest), step: record.step } : {}),
      recipients,
      sentBy: record.sentBy,
      idempotencyKey: record.idempotencyKey,
    },
    depth: 0,
    overrideAccess: true,
    // Without `req`, a plain insert rather than a transaction of its own: the unique key refuses a second one at
    // once. (Three at once, each in a transaction, made the MongoDB-wire test server drop its connections: all
    // three answered 500, about one run in four.)
    ...(req ? { req } : { disableTransaction: true }),
  })
  return stored.id
}

/** One email per recipient in the outbox, each pointing back at the stored message, all written with `req`. */
export async function queueMessageEmails(req: PayloadRequest, context: CatalogContext, mailer: Mailer, message: DocId, emails: OutgoingEmail[]): Promise<void> {
  for (const email of emails) await enqueueEmail(req, context, mailer, { ...email, editorMessage: message })
}

/**
 * Stores an editor's message and puts one email per recipient in the outbox, every row written with `req`, so
 * all of it is in the caller's transaction: a save that fails leaves no email behind.
 */
export async function sendEditorMessage(req: PayloadRequest, context: CatalogContext, mailer: Mailer, record: EditorMessageRecord, emails: OutgoingEmail[]): Promise<DocId> {
  const message = await recordEditorMessage(req, context, req.payload, record, emails.length)
  await queueMessageEmails(req, context, mailer, message, emails)
  return message
}
