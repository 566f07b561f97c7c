import type { Payload } from 'payload'
import { forDatabase } from '../../database/forDatabase.js'
import type { DocId } from '../../catalog/docs.js'
import { mongoModel } from '../../database/mongo.js'
import { sqliteStatements } from '../../database/sqlite.js'
import type { CatalogSlugs } from '../../types.js'

/**
 * The outbox's state changes, each one conditional atomic write on the email's own row, so that two
 * runners (two instances, or Payload's queue and the kick after a commit) never both send it.
 */
export interface OutboxStore {
  /**
   * queued → sending (or a `sending` claimed before `staleBefore`, whose sender died), counting the
   * attempt. The attempt number when this caller won, else null.
   */
  claim(email: DocId, claimedAt: Date, staleBefore: Date): Promise<number | null>
  /** sending → sent, only by the claim that is still the email's own. */
  markSent(email: DocId, claimedAt: Date, sentAt: Date): Promise<boolean>
  /** sending → queued (to be retried) or failed (the last attempt), keeping the error for the editors. */
  markNotSent(email: DocId, claimedAt: Date, error: string, final: boolean): Promise<boolean>
  /** failed → queued, for an editor's "try again": one more attempt, the last error kept until it is sent. True if this call did it. */
  requeueFailed(email: DocId, at: Date): Promise<boolean>
}

function sqliteOutboxStore(payload: Payload, slugs: CatalogSlugs): OutboxStore {
  const db = sqliteStatements(payload)
  const emails = db.table(slugs['queued-emails'])
  return {
    async claim(email, claimedAt, staleBefore) {
      const at = claimedAt.toISOString()
      const rows = await db.run(
        `UPDATE ${emails} SET status = 'sending', claimed_at = ?, attempts = attempts + 1, updated_at = ?
          WHERE id = ? AND (status = 'queued' OR (status = 'sending' AND claimed_at < ?)) RETURNING attempts`,
        [at, at, Number(email), staleBefore.toISOString()],
      )
      return rows.length > 0 ? Number(rows[0]!.attempts) : null
    },
    async markSent(email, claimedAt, sentAt) {
      const rows = await db.run(
        `UPDATE ${emails} SET status = 'sent', sent_at = ?, last_error = NULL, updated_at = ? WHERE id = ? AND status = 'sending' AND claimed_at = ? RETURNING id`,
        [sentAt.toISOString(), sentAt.toISOString(), Number(email), claimedAt.toISOString()],
      )
      return rows.length > 0
    },
    async markNotSent(email, claimedAt, error, final) {
      const rows = await db.run(
        `UPDATE ${emails} SET status = ?, last_error = ?, updated_at = ? WHERE id = ? AND status = 'sending' AND claimed_at = ? RETURNING id`,
        [final ? 'failed' : 'queued', error, new Date().toISOString(), Number(email), claimedAt.toISOString()],
      )
      return rows.length > 0
    },
    async requeueFailed(email, at) {
      const rows = await db.run(`UPDATE ${emails} SET status = 'queued', updated_at = ? WHERE id = ? AND status = 'failed' RETURNING id`, [at.toISOString(), Number(email)])
      return rows.length > 0
    },
  }
}

function mongoOutboxStore(payload: Payload, slugs: CatalogSlugs): OutboxStore {
  const emails = mongoModel(payload, slugs['queued-emails'])
  return {
    async claim(email, claimedAt, staleBefore) {
      const claimed = await emails
        .findOneAndUpdate(
          { _id: email, $or: [{ status: 'queued' }, { status: 'sending', claimedAt: { $lt: staleBefore } }] },
          { $set: { status: 'sending', claimedAt, updatedAt: claimedAt }, $inc: { attempts: 1 } },
          { new: true },
        )
        .lean()
      return claimed ? Number(claimed.attempts) : null
    },
    async markSent(email, claimedAt, sentAt) {
      const result = await emails.updateOne({ _id: email, status: 'sending', claimedAt }, { $set: { status: 'sent', sentAt, lastError: null, updatedAt: sentAt } })
      return (result.modifiedCount ?? 0) > 0
    },
    async markNotSent(email, claimedAt, error, final) {
      const result = await emails.updateOne(
        { _id: email, status: 'sending', claimedAt },
        { $set: { status: final ? 'failed' : 'queued', lastError: error, updatedAt: new Date() } },
      )
      return (result.modifiedCount ?? 0) > 0
    },
    async requeueFailed(email, at) {
      const result = await emails.updateOne({ _id: email, status: 'failed' }, { $set: { status: 'queued', updatedAt: at } })
      return (result.modifiedCount ?? 0) > 0
    },
  }
}

/** The outbox store for the database the host app runs on. */
export function outboxStoreFor(payload: Payload, slugs: CatalogSlugs): OutboxStore {
  return forDatabase(payload, 'the outbox', { sqlite: () => sqliteOutboxStore(payload, slugs), mongoose: () => mongoOutboxStore(payload, slugs) })
}
