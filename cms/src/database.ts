import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { migrations } from './migrations/index.js'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The SQLite file used when no DATABASE_URI is given: `cms/kurskatalog.db`, or SQLITE_PATH. */
export const defaultSqlitePath = path.join(cmsDir, 'kurskatalog.db')

/**
 * MongoDB in production (`DATABASE_URI=mongodb://…`), an embedded SQLite file otherwise.
 * SQLite runs in WAL mode with a busy timeout so several app processes can share the file.
 */
export function databaseFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseAdapterObj {
  const uri = env.DATABASE_URI
  if (uri && /^mongodb(\+srv)?:\/\//.test(uri)) {
    return mongooseAdapter({ url: uri, transactionOptions: {} })
  }
  const file = env.SQLITE_PATH ? path.resolve(env.SQLITE_PATH) : defaultSqlitePath
  return sqliteAdapter({
    client: { url: `file:${file}` },
    transactionOptions: {},
    wal: true,
    busyTimeout: 10_000,
    prodMigrations: migrations,
  })
}
