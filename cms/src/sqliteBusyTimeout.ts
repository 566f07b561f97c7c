import type { DatabaseAdapterObj } from 'payload'

/** The part of `@libsql/client`'s Client used here (it is the adapter's dependency, not ours). */
interface Client {
  transaction(...args: unknown[]): Promise<unknown>
  execute(sql: string): Promise<unknown>
}

/**
 * Keeps SQLite's busy timeout on every connection Payload's SQLite adapter uses.
 *
 * Why: the adapter sets `PRAGMA busy_timeout` once, on the libsql client's first connection.
 * But libsql hands its current connection to each transaction and opens a fresh one on next
 * use (`@libsql/client` sqlite3 `transaction()`), and a fresh connection has no busy timeout. From
 * then on, when another process holds the write lock, `BEGIN IMMEDIATE` fails at once with
 * SQLITE_BUSY instead of waiting — measured: 6 of 20 concurrent writes failed across two app
 * processes on one file. The timeout is per connection (unlike WAL mode, which the file keeps).
 *
 * How: when the adapter stores its client, wrap `transaction()` so that right after it gives
 * the connection away, the pragma runs again. `execute` opens the new connection synchronously,
 * so nothing else can use that connection before the pragma is on it.
 */
export function keepBusyTimeout<T extends DatabaseAdapterObj>(adapterObj: T, timeoutMs: number): T {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      let client: Client | undefined
      Object.defineProperty(adapter, 'client', {
        configurable: true,
        enumerable: true,
        get: () => client,
        set: (value: Client | undefined) => {
          client = value ? withBusyTimeoutOnNewConnections(value, timeoutMs) : value
        },
      })
      return adapter
    },
  }
}

function withBusyTimeoutOnNewConnections(client: Client, timeoutMs: number): Client {
  const transaction = client.transaction.bind(client)
  client.transaction = (...args: unknown[]) => {
    const started = transaction(...args)
    client.execute(`PRAGMA busy_timeout = ${timeoutMs};`).catch(() => {
      // A closed client has no connection to configure; the next statement reports that.
    })
    return started
  }
  return client
}
