import type { Payload } from 'payload'
import type { DocId } from '../catalog/docs.js'
import { forDatabase } from '../database/forDatabase.js'
import { mongoModel } from '../database/mongo.js'
import { sqliteStatements } from '../database/sqlite.js'
import type { CatalogSlugs } from '../types.js'

/**
 * The once-only record of a registration's certificate, `certificateSentAt`, written by one conditional
 * atomic statement on the registration's own row, on its own (not in a transaction): two claims in two
 * transactions would both find it empty on the MongoDB test server and meet a write conflict on a real
 * one, while on its own exactly one of any number of claims wins, on every database and instance.
 */
export interface CertificateClaims {
  /** Empty → `sentAt`, only while the registration is `attended` and not anonymised. True if this call did it. */
  claim(registration: DocId, sentAt: Date): Promise<boolean>
  /** A claim stamped `stale`, whose process died before its email was queued, taken over (→ `sentAt`). True if this call did it. */
  takeOver(registration: DocId, stale: Date, sentAt: Date): Promise<boolean>
  /** Undoes this caller's claim (its `sentAt` still there) when the email could not be queued, so a later run can try again. */
  release(registration: DocId, sentAt: Date): Promise<void>
}

function sqliteClaims(payload: Payload, slugs: CatalogSlugs): CertificateClaims {
  const db = sqliteStatements(payload)
  const registrations = db.table(slugs.registrations)
  return {
    async claim(registration, sentAt) {
      const rows = await db.run(
        `UPDATE ${registrations} SET certificate_sent_at = ?
          WHERE id = ? AND status = 'attended' AND certificate_sent_at IS NULL AND anonymised_at IS NULL RETURNING id`,
        [sentAt.toISOString(), Number(registration)],
      )
      return rows.length > 0
    },
    async takeOver(registration, stale, sentAt) {
      const rows = await db.run(`UPDATE ${registrations} SET certificate_sent_at = ? WHERE id = ? AND status = 'attended' AND certificate_sent_at = ? RETURNING id`, [
        sentAt.toISOString(),
        Number(registration),
        stale.toISOString(),
      ])
      return rows.length > 0
    },
    async release(registration, sentAt) {
      await db.run(`UPDATE ${registrations} SET certificate_sent_at = NULL WHERE id = ? AND certificate_sent_at = ?`, [Number(registration), sentAt.toISOString()])
    },
  }
}

function mongoClaims(payload: Payload, slugs: CatalogSlugs): CertificateClaims {
  const registrations = mongoModel(payload, slugs.registrations)
  return {
    async claim(registration, sentAt) {
      const result = await registrations.updateOne(
        { _id: registration, status: 'attended', certificateSentAt: null, anonymisedAt: null },
        { $set: { certificateSentAt: sentAt } },
      )
      return (result.modifiedCount ?? 0) > 0
    },
    async takeOver(registration, stale, sentAt) {
      const result = await registrations.updateOne({ _id: registration, status: 'attended', certificateSentAt: stale }, { $set: { certificateSentAt: sentAt } })
      return (result.modifiedCount ?? 0) > 0
    },
    async release(registration, sentAt) {
      await registrations.updateOne({ _id: registration, certificateSentAt: sentAt }, { $set: { certificateSentAt: null } })
    },
  }
}

/** The certificate claims for the database the host app runs on. */
export function certificateClaimsFor(payload: Payload, slugs: CatalogSlugs): CertificateClaims {
  return forDatabase(payload, 'the certificate claims', { sqlite: () => sqliteClaims(payload, slugs), mongoose: () => mongoClaims(payload, slugs) })
}
