import type { Payload } from 'payload'
import type { CatalogSlugs } from '../types.js'
import type { LedgerRecount } from './recountedLedger.js'
import { seatHoldingStatuses } from './seatStatuses.js'
import { sqliteStatements } from '../database/sqlite.js'

/**
 * The recount on SQLite: ONE statement, so the ledger, the count and the quiet check are read and
 * written under the database's write lock together, whichever process runs it.
 */
export function sqliteLedgerRecount(payload: Payload, slugs: CatalogSlugs): LedgerRecount {
  const db = sqliteStatements(payload)
  const seats = db.table(slugs['session-seats'])
  const registrations = db.table(slugs.registrations)
  const holding = seatHoldingStatuses.map(() => '?').join(', ')
  const held = `(SELECT COUNT(*) FROM ${registrations} r WHERE r.session_id = ${seats}.session_id AND r.status IN (${holding}))`
  return async (quietSince, now) => {
    const since = quietSince.toISOString()
    const before = await db.run(
      `SELECT session_id, taken FROM ${seats} WHERE updated_at < ? AND taken <> ${held}`,
      [since, ...seatHoldingStatuses],
    )
    if (before.length === 0) return []
    const counted = new Map(before.map((row) => [Number(row.session_id), Number(row.taken)]))
    const rows = await db.run(
      `UPDATE ${seats} SET taken = ${held}, updated_at = ?
        WHERE updated_at < ? AND taken <> ${held}
          AND NOT EXISTS (SELECT 1 FROM ${registrations} r WHERE r.session_id = ${seats}.session_id AND r.updated_at >= ?)
        RETURNING session_id, taken`,
      [...seatHoldingStatuses, now.toISOString(), since, ...seatHoldingStatuses, since],
    )
    return rows.map((row) => {
      const session = Number(row.session_id)
      return { session, counted: counted.get(session) ?? Number.NaN, held: Number(row.taken) }
    })
  }
}
