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

  // One statement each, ledger or none: the first seat or number makes the ledger (an upsert), so a
  // full session costs one write, not a failed update, an insert and a second failed update.
  const takeOne = (session: DocId, capacity: number) =>
    db.run(
      `INSERT INTO ${seats} (session_id, taken, waitlist_issued, updated_at) VALUES (?, 1, 0, ?)
        ON CONFLICT (session_id) DO UPDATE SET taken = taken + 1, updated_at = excluded.updated_at WHERE taken < ?
        RETURNING taken`,
      [sessionId(session), new Date().toISOString(), capacity],
    )

  return {
    async openLedger(session) {
      await ensureLedger(session)
    },
    async takeSeat(session, capacity) {
      // A capacity below one takes nothing, ledger or none (the insert alone would take a seat).
      if (capacity < 1) return false
      return (await takeOne(session, capacity)).length > 0
    },
    async releaseSeat(session) {
      await db.run(`UPDATE ${seats} SET taken = taken - 1, updated_at = ? WHERE session_id = ? AND taken > 0`, [
        new Date().toISOString(),
        sessionId(session),
      ])
    },
    async nextWaitlistNumber(session) {
      const rows = await db.run(
        `INSERT INTO ${seats} (session_id, taken, waitlist_issued, updated_at) VALUES (?, 0, 1, ?)
          ON CONFLICT (session_id) DO UPDATE SET waitlist_issued = waitlist_issued + 1, updated_at = excluded.updated_at
          RETURNING waitlist_issued`,
        [sessionId(session), new Date().toISOString()],
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
        `UPDATE ${registrations} SET status = 'cancelled', active_key = ?, cancelled_at = ?, cancel_reason = ?, updated_at = ?
          WHERE id = ? AND status IN (${from.map(() => '?').join(', ')}) RETURNING id`,
        [cancelledKeyOf(registration), at, reason ?? null, at, Number(registration), ...from],
      )
      return rows.length > 0
    },
    async confirmHeld(registration, approvalToken, now) {
      const at = now.toISOString()
      const rows = await db.run(
        `UPDATE ${registrations} SET status = 'confirmed', updated_at = ?
          WHERE id = ? AND status = 'pending-approval' AND approval_token = ? AND approval_hold_until > ? RETURNING id`,
        [at, Number(registration), approvalToken, at],
      )
      return rows.length > 0
    },
  }
}
