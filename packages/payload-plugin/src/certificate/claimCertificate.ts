import type { PayloadRequest } from 'payload'
import type { DocId } from '../catalog/docs.js'
import { forDatabase } from '../database/forDatabase.js'
import { mongoModel } from '../database/mongo.js'
import { openTransaction } from '../database/openTransaction.js'
import { sqliteStatements, sqliteStatementsIn } from '../database/sqlite.js'
import type { CatalogContext } from '../types.js'

/**
 * Marks a registration's certificate as sent, unless it already is: one conditional write on the
 * registration's own row (`certificateSentAt` still empty), inside the change's transaction, so it commits
 * or rolls back with the status change and the email queued beside it. Of two changes racing to
 * `attended`, only one sees the field empty (on MongoDB the other's write conflicts and fails). True
 * when this call set it.
 */
export async function claimCertificate(req: PayloadRequest, context: CatalogContext, registration: DocId, sentAt: Date): Promise<boolean> {
  const { payload } = req
  const transaction = openTransaction(payload, await req.transactionID)
  return forDatabase(payload, 'the certificate claim', {
    sqlite: () => async () => {
      const db = transaction ? sqliteStatementsIn(payload, (transaction as { db: unknown }).db) : sqliteStatements(payload)
      const rows = await db.run(
        `UPDATE ${db.table(context.slugs.registrations)} SET certificate_sent_at = ? WHERE id = ? AND certificate_sent_at IS NULL RETURNING id`,
        [sentAt.toISOString(), Number(registration)],
      )
      return rows.length > 0
    },
    mongoose: () => async () => {
      const result = await mongoModel(payload, context.slugs.registrations).updateOne(
        { _id: registration, certificateSentAt: null },
        { $set: { certificateSentAt: sentAt } },
        transaction ? { session: transaction } : {},
      )
      return (result.modifiedCount ?? 0) > 0
    },
  })()
}
