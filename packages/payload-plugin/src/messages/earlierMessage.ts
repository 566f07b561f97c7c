import type { PayloadRequest } from 'payload'
import { refId, type DocId } from '../catalog/docs.js'
import type { CatalogContext } from '../types.js'

/** An editor's message as stored (depth 0). */
export interface EditorMessageDoc {
  id: DocId
  subject: string
  body: string
  session?: DocId | null
  audience?: string | null
  recipients: number
  idempotencyKey?: string | null
  createdAt?: string
}

// How long a refused send looks for the one that beat it to the key: longer than any send's transaction.
const looks = 40
const lookMs = 25

const findByKey = async (req: PayloadRequest, context: CatalogContext, key: string): Promise<EditorMessageDoc | null> => {
  const found = await req.payload.find({
    collection: context.slugs['editor-messages'],
    where: { idempotencyKey: { equals: key } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    joins: false,
  })
  const doc = found.docs[0] as unknown as EditorMessageDoc | undefined
  return doc ? { ...doc, session: refId(doc.session) } : null
}

/** The message already sent with this form's key, if any. */
export const earlierMessage = findByKey

/**
 * How long a key claimed by a message of no recipients may be a send still queuing its emails: far longer than
 * any send's transaction. Past it the send died between its claim and its emails (a crash, a lost connection),
 * and the key may be claimed again.
 */
const claimStaleMs = 2 * 60_000

/** A message with no recipients whose claim is past `claimStaleMs`: a send that died before it queued anything. */
export const abandonedClaim = (message: EditorMessageDoc, now = Date.now()): boolean =>
  message.recipients === 0 && now - Date.parse(message.createdAt ?? '') > claimStaleMs

/** Frees a key whose send died: deletes its message, only while it still has no recipients. */
export async function releaseAbandonedClaim(req: PayloadRequest, context: CatalogContext, message: EditorMessageDoc): Promise<void> {
  await req.payload.delete({
    collection: context.slugs['editor-messages'],
    where: { and: [{ id: { equals: message.id } }, { recipients: { equals: 0 } }] },
    overrideAccess: true,
  })
}

/**
 * After a claim of the key failed: the message of the submit that beat it to the same key (a double click), once
 * that one has queued its emails; null if there is none, and the failure was the send's own.
 */
export async function messageThatWon(req: PayloadRequest, context: CatalogContext, key: string): Promise<EditorMessageDoc | null> {
  let winner: EditorMessageDoc | null = null
  for (let look = 0; look < looks; look++) {
    winner = await findByKey(req, context, key)
    // Claimed with no recipients yet: its emails are still being queued.
    if (winner && winner.recipients > 0) return winner
    await new Promise((resolve) => setTimeout(resolve, lookMs))
  }
  return winner
}
