import type { Payload } from 'payload'
import type { DocId } from '../../catalog/docs.js'
import type { CatalogContext } from '../../types.js'
import { outboxStoreFor } from './outboxStore.js'
import type { QueuedEmailDoc } from './queuedEmailDoc.js'

/**
 * What one try at a queued email came to: sent; failed for good (the last attempt); to be retried
 * (`error` set); nothing to do (gone, or sent or failed before); or held by another runner right now.
 */
export type Delivery = { outcome: 'sent' | 'failed' | 'done-before' | 'gone' } | { outcome: 'retry'; error: unknown } | { outcome: 'busy' }

/** Why a send failed, short enough to show an editor. */
const describe = (error: unknown): string => String((error as Error)?.message ?? error).slice(0, 1000)

/**
 * Sends one queued email if this caller wins it. One conditional update of the email's own state
 * claims it (queued, or `sending` for longer than the claim timeout: its sender died), so two runners
 * never both send it. It goes out with its stored Message-ID; an SMTP error puts it back in the queue,
 * or after the last attempt leaves it `failed` with the error, for the editors.
 */
export async function deliverQueuedEmail(payload: Payload, context: CatalogContext, id: DocId): Promise<Delivery> {
  const collection = context.slugs['queued-emails']
  const read = async () => (await payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true })) as unknown as QueuedEmailDoc | null
  const store = outboxStoreFor(payload, context.slugs)
  const claimedAt = new Date()
  const attempt = await store.claim(id, claimedAt, new Date(claimedAt.getTime() - context.outbox.claimTimeoutSeconds * 1000))
  if (attempt === null) {
    const current = await read()
    if (!current) return { outcome: 'gone' }
    return current.status === 'sent' || current.status === 'failed' ? { outcome: 'done-before' } : { outcome: 'busy' }
  }
  const email = await read()
  if (!email) return { outcome: 'gone' }
  try {
    await payload.sendEmail({
      ...(context.emailFrom ? { from: context.emailFrom } : {}),
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      messageId: email.messageId,
      ...(email.attachments?.length
        ? { attachments: email.attachments.map((file) => ({ filename: file.filename, contentType: file.contentType, content: file.content, encoding: 'base64' })) }
        : {}),
    })
  } catch (error) {
    const final = attempt >= context.outbox.attempts
    await store.markNotSent(id, claimedAt, describe(error), final)
    if (!final) return { outcome: 'retry', error }
    payload.logger.error({ err: error, msg: `kurskatalog: gave up sending email ${id} ("${email.subject}") after ${attempt} attempts` })
    return { outcome: 'failed' }
  }
  await store.markSent(id, claimedAt, new Date())
  return { outcome: 'sent' }
}
