import type { CollectionSlug, Payload } from 'payload'

/** The slice of libsql's client the atomic statements need (the SQLite adapter's `client`). */
interface LibsqlClientLike {
  execute(statement: { sql: string; args: (string | number | null)[] }): Promise<{ rows: Record<string, unknown>[]; rowsAffected: number }>
}

interface SqliteAdapterLike {
  name: string
  client: LibsqlClientLike
  tableNameMap: Map<string, string>
}

export interface SqliteStatements {
  /** Runs one statement on its own (autocommit), so it is atomic without a transaction. */
  run(sql: string, args: (string | number | null)[]): Promise<Record<string, unknown>[]>
  /** The quoted table name Payload gave a collection. */
  table(slug: CollectionSlug): string
}

// Payload names tables after the slug in snake case ('session-seats' → 'session_seats').
const toSnakeCase = (slug: string): string =>
  slug
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toLowerCase()

const isBusy = (error: unknown): boolean => /SQLITE_BUSY|database is locked/i.test(String((error as { code?: string })?.code ?? '') + String((error as Error)?.message ?? ''))

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Plain SQL on the SQLite adapter's own connection. Payload's transactions hand the client's
 * connection to the transaction and open a fresh one without the adapter's busy timeout, so a
 * statement that meets another process's write lock can fail at once: it is retried, re-arming the
 * timeout first (a single autocommit statement that got SQLITE_BUSY did nothing, so a retry is safe).
 */
export function sqliteStatements(payload: Payload): SqliteStatements {
  const adapter = payload.db as unknown as SqliteAdapterLike
  return {
    async run(sql, args) {
      for (let attempt = 0; ; attempt++) {
        try {
          return (await adapter.client.execute({ sql, args })).rows
        } catch (error) {
          if (!isBusy(error) || attempt >= 8) throw error
          await adapter.client.execute({ sql: 'PRAGMA busy_timeout = 5000', args: [] }).catch(() => undefined)
          await pause(5 + Math.random() * 20 * (attempt + 1))
        }
      }
    },
    table(slug) {
      const name = adapter.tableNameMap.get(toSnakeCase(slug))
      if (!name) throw new Error(`kurskatalog: no SQLite table for collection "${slug}"`)
      return `"${name.replace(/"/g, '""')}"`
    },
  }
}
