import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { mongooseAdapter, type Args as MongooseAdapterArgs } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import { migrations } from './migrations/index.js'
import { keepConnectionSettings, type SqliteSynchronous } from './sqliteConnectionSettings.js'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The SQLite file used when no DATABASE_URI is given: `cms/kurskatalog.db`, or SQLITE_PATH. */
export const defaultSqlitePath = path.join(cmsDir, 'kurskatalog.db')

/**
 * Where a process-wide hook may be registered that adjusts the mongoose adapter's arguments.
 *
 * Only test setup registers one: `@kurskatalog/test-support`'s jongodb preload, which the test
 * harness loads into the CMS process it starts (`NODE_OPTIONS=--import=…`) when the database is
 * the MongoDB-wire test server. It adds that server's workarounds (index creation, no join
 * aggregations, a findOneAndDelete stand-in). Production never registers it, so this is inert.
 *
 * Why a hook on globalThis rather than the alternatives:
 * - importing a test module when e.g. `KK_TEST_JONGODB=1` would compile test code into the
 *   production bundle and make the app depend on a test package;
 * - environment-only switches could carry the two adapter options but not the stand-in, which is code;
 * - a built Next app cannot be handed options any other way than from inside its own process.
 * The cost is these few lines, and the app stays unaware of what the hook does.
 */
export const adjustMongooseArgsKey = Symbol.for('kurskatalog.cms.adjustMongooseAdapterArgs')

type AdjustMongooseArgs = (args: MongooseAdapterArgs) => MongooseAdapterArgs

/**
 * MongoDB in production (`DATABASE_URI=mongodb://…`), an embedded SQLite file otherwise.
 * SQLite runs in WAL mode with a busy timeout so several app processes can share the file, and syncs
 * its log as `KK_SQLITE_SYNC` says (`normal` unless told otherwise).
 */
export function databaseFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseAdapterObj {
  const uri = env.DATABASE_URI
  if (uri && /^mongodb(\+srv)?:\/\//.test(uri)) {
    const args: MongooseAdapterArgs = { url: uri, transactionOptions: {} }
    const adjust = (globalThis as Record<symbol, AdjustMongooseArgs | undefined>)[adjustMongooseArgsKey]
    return mongooseAdapter(adjust ? adjust(args) : args)
  }
  const file = env.SQLITE_PATH ? path.resolve(env.SQLITE_PATH) : defaultSqlitePath
  const busyTimeout = 10_000
  const synchronous = sqliteSynchronousFromEnv(env)
  return keepConnectionSettings(
    sqliteAdapter({
      client: { url: `file:${file}` },
      transactionOptions: {},
      // The adapter sets this on the client's first connection after the wrap below has (FULL unless
      // told): the same level, or that connection, which now serves every statement outside a
      // transaction, would wait for the disk at each commit.
      wal: { synchronous: synchronous === 'full' ? 'FULL' : 'NORMAL' },
      busyTimeout,
      prodMigrations: migrations,
    }),
    { busyTimeoutMs: busyTimeout, synchronous },
    file,
  )
}

/**
 * `KK_SQLITE_SYNC`: `normal` (the default) or `full`, how SQLite makes each commit durable (see
 * `SqliteSynchronous`). Anything else stops the start: a durability setting must never be guessed.
 */
export function sqliteSynchronousFromEnv(env: NodeJS.ProcessEnv = process.env): SqliteSynchronous {
  const value = env.KK_SQLITE_SYNC?.trim().toLowerCase()
  if (!value || value === 'normal') return 'normal'
  if (value === 'full') return 'full'
  throw new Error(`KK_SQLITE_SYNC must be "normal" or "full", not "${env.KK_SQLITE_SYNC}"`)
}
