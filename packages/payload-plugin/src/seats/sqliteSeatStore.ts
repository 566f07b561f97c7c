import type { Payload } from 'payload'
import type { DocId } from '../catalog/docs.js'
import type { CatalogSlugs } from '../types.js'
import { cancelledKeyOf } from './registrationKeys.js'
import type { SeatStore } from './seatStore.js'
import { sqliteStatements, type SqliteStatements } from '../database/sqlite.js'

/**
 * The seat store on SQLite. A single UPDATE takes the database's write lock before it reads, so
 * `taken < capacity` is checked and changed in one step even across processes sharing the file.
 */
export function sqliteSeatStore(payload: Payload, slugs: CatalogSlugs, db: SqliteStatements = sqliteStatements(payload)): SeatStore {
  const seats = db.table(slugs['session-seats'])
  const registrations = db.table(slugs.registrations)
  const sessionId = (session: DocId) => Number(session)

  const ensureLedger = (session: DocId) =>
    db.run(`INSERT INTO ${seats} (session_id, taken, waitlist_issued) VALUES (?, 0, 0) ON CONFLICT (session_id) DO NOTHING`, [sessionId(session)])

  const increment = async (session: DocId, capacity: number) =>
    db.run(`UPDATE ${seats} SET taken = taken + 1, updated_at = ? WHERE session_id = ? AND taken < ? RETURNING taken`, [
      new Date().toISOString(),
      sessionId(session),
      capacity,
    ])

  return {
    async openLedger(session) {
      await ensureLedger(session)
    },
    async takeSeat(session, capacity) {
      if ((await increment(session, capacity)).length > 0) return true
      // No row may simply mean no ledger yet: make it (safe if another request does too) and try once more.
      await ensureLedger(session)
      return (await increment(session, capacity)).length > 0
    },
    async releaseSeat(session) {
      await db.run(`UPDATE ${seats} SET taken = taken - 1, updated_at = ? WHERE session_id = ? AND taken > 0`, [
        new Date().toISOString(),
        sessionId(session),
      ])
    },
    async nextWaitlistNumber(session) {
      await ensureLedger(session)
      const rows = await db.run(
        `UPDATE ${seats} SET waitlist_issued = waitlist_issued + 1, updated_at = ? WHERE session_id = ? RETURNING waitlist_issued`,
        [new Date().toISOString(), sessionId(session)],
      )
      return Number(rows[0]?.waitlist_issued)
    },
    async claimFirstWaitlisted(session, status, now) {
      const at = now.toISOString()
      const rows = await db.run(
        `UPDATE ${registrations} SET status = ?, promoted_at = ?, updated_at = ?
          WHERE status = 'waitlisted' AND id = (
            SELECT id FROM ${registrations} WHERE session_id = ? AND status = 'waitlisted'
            ORDER BY waitlist_position ASC, id ASC LIMIT 1)
          RETURNING id`,
        [status, at, at, sessionId(session)],
      )
      return rows.length > 0 ? Number(rows[0]!.id) : null
    },
    async cancelIfIn(registration, from, now, reason) {
      const at = now.toISOString()
      const rows = await db.run(
        `UPDATE ${registrations} SET status = 'cancelled', cancel_reason = ?, active_key = ?, cancelled_at = ?, updated_at = ?
          WHERE id = ? AND status IN (${from.map(() => '?').join(', ')}) RETURNING id`,
        [reason ?? null, cancelledKeyOf(registration), at, at, Number(registration), ...from],
      )
      return rows.length > 0
    },
  }
}
