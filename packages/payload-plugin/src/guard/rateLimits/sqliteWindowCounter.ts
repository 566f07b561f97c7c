import type { Payload } from 'payload'
import { sqliteStatements } from '../../database/sqlite.js'
import type { CatalogSlugs } from '../../types.js'
import type { WindowCounter } from './windowCounter.js'

export function sqliteWindowCounter(payload: Payload, slugs: CatalogSlugs): WindowCounter {
  const db = sqliteStatements(payload)
  const table = db.table(slugs['rate-limits'])
  return {
    async hit(key, expiresAt) {
      const rows = await db.run(
        `INSERT INTO ${table} (key, hits, expires_at) VALUES (?, 1, ?)
          ON CONFLICT (key) DO UPDATE SET hits = hits + 1 RETURNING hits`,
        [key, expiresAt.toISOString()],
      )
      return Number(rows[0]?.hits)
    },
    async sweep(now) {
      await db.run(`DELETE FROM ${table} WHERE expires_at < ?`, [now.toISOString()])
    },
  }
}
