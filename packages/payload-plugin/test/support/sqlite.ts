import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

/** A fresh SQLite file per suite, with transactions on (the adapter leaves them off by default). */
export function sqliteTestDatabase(): { adapter: DatabaseAdapterObj; cleanup: () => void; url: string } {
  const dir = mkdtempSync(join(tmpdir(), 'kk-sqlite-'))
  const url = `file:${join(dir, 'catalog.db')}`
  return {
    adapter: sqliteAdapter({ client: { url }, transactionOptions: {} }),
    url,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  }
}
