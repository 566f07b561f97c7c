import type { DatabaseAdapterObj } from 'payload'
import { reuseTransactionConnections } from './sqliteTransactionConnections.js'

/** The part of `@libsql/client`'s Client used here (it is the adapter's dependency, not ours). */
export interface LibsqlClientLike {
  transaction(...args: unknown[]): Promise<unknown>
  execute(sql: string): Promise<unknown>
  close(): void
}

/**
 * How SQLite makes a commit durable (`PRAGMA synchronous`): `normal` syncs the write-ahead log at
 * checkpoints, `full` at every commit. In WAL mode both keep the file consistent and survive a crash of
 * the app; `normal` can lose the last commits to a power cut or an operating-system crash. SQLite's own
 * advice for WAL mode is `normal`; measured here, a one-row write took 0.53 ms with it and 9.7 ms with
 * `full` (each sign-up makes several).
 */
export type SqliteSynchronous = 'normal' | 'full'

export interface SqliteConnectionSettings {
  busyTimeoutMs: number
  synchronous: SqliteSynchronous
}

const pragmasOf = ({ busyTimeoutMs, synchronous }: SqliteConnectionSettings): string[] => [
  `PRAGMA busy_timeout = ${Math.trunc(busyTimeoutMs)};`,
  `PRAGMA synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'};`,
]

/**
 * Keeps SQLite's busy timeout and sync level on every connection Payload's SQLite adapter uses.
 *
 * Why: both are per connection (unlike WAL mode, which the file keeps). The adapter sets the busy
 * timeout once, on the libsql client's first connection, and the sync level never. But libsql hands
 * its current connection to each transaction and opens a fresh one on next use (`@libsql/client`
 * sqlite3 `transaction()`), and a fresh connection has neither. Without the timeout, when another
 * process holds the write lock, `BEGIN IMMEDIATE` fails at once with SQLITE_BUSY instead of waiting —
 * measured: 6 of 20 concurrent writes failed across two app processes on one file.
 *
 * How: when the adapter stores its client, set them on its first connection, and give its transactions
 * connections of their own, opened with the same settings and kept for the next transaction
 * (`reuseTransactionConnections`), so the client's connection is never given away. The wrap of
 * `transaction()` below stays as the guard for a client used without that pool: right after it gives
 * the connection away the settings are set again (`execute` opens the new connection synchronously, so
 * nothing else can use it before the pragmas are on it).
 */
export function keepConnectionSettings<T extends DatabaseAdapterObj>(adapterObj: T, settings: SqliteConnectionSettings, file: string): T {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      let client: LibsqlClientLike | undefined
      Object.defineProperty(adapter, 'client', {
        configurable: true,
        enumerable: true,
        get: () => client,
        set: (value: LibsqlClientLike | undefined) => {
          client = value ? reuseTransactionConnections(withSettingsOnEveryConnection(value, settings), file, pragmasOf(settings)) : value
        },
      })
      return adapter
    },
  }
}

/** Sets the pragmas on the client's connection now and on each one it opens after handing one to a transaction. */
export function withSettingsOnEveryConnection<C extends LibsqlClientLike>(client: C, settings: SqliteConnectionSettings): C {
  const apply = () => {
    for (const pragma of pragmasOf(settings)) {
      client.execute(pragma).catch(() => {
        // A closed client has no connection to configure; the next statement reports that.
      })
    }
  }
  const transaction = client.transaction.bind(client)
  client.transaction = (...args: unknown[]) => {
    const started = transaction(...args)
    apply()
    return started
  }
  apply()
  return client
}
