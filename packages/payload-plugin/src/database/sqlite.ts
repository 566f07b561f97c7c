import { setTimeout as pause } from 'node:timers/promises'
import type { CollectionSlug, Payload } from 'payload'
import { inWriteTurn } from './sqliteWriteTurns.js'

type Row = Record<string, unknown>
type Statement = { sql: string; args: (string | number | null)[] }

/** The slice of libsql's client the atomic statements need (the SQLite adapter's `client`). */
interface LibsqlClientLike {
  execute(statement: Statement): Promise<{ rows: Row[] }>
  batch(statements: Statement[], mode: 'write'): Promise<{ rows: Row[] }[]>
}

interface SqliteAdapterLike {
  name: string
  client: LibsqlClientLike
  tableNameMap: Map<string, string>
  execute(args: { db: unknown; raw: string }): Promise<{ rows: Row[] }>
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


// Long enough for another process's short write to finish; short enough that a lock held by a
// transaction in this very process (which cannot finish while this call blocks) fails soon.
const busyTimeoutMs = 5000

/**
 * Plain SQL on the SQLite adapter's own connection, each statement in its own `BEGIN IMMEDIATE`
 * transaction: the write lock is taken before anything is read, and waited for (busy timeout)
 * rather than failed on. Two things in libsql make this necessary:
 * - Payload's transactions hand the client's connection to the transaction and open a fresh one
 *   without the adapter's busy timeout, so the timeout is set again before every statement;
 * - a statement that fails while its rows are read (`… RETURNING` meeting a lock) is left open
 *   and pins a stale snapshot, after which every write on that connection fails; inside an
 *   immediate transaction the statement itself can no longer meet a lock.
 * A failed attempt changed nothing (it was rolled back), so it is retried a few times. A statement
 * takes its turn among the transactions of this process (see `takeTurnsForTransactions`).
 */
export function sqliteStatements(payload: Payload): SqliteStatements {
  const adapter = payload.db as unknown as SqliteAdapterLike
  return {
    table: tableOf(adapter),
    async run(sql, args) {
      for (let attempt = 0; ; attempt++) {
        try {
          const [result] = await inWriteTurn(payload, async () => {
            await adapter.client.execute({ sql: `PRAGMA busy_timeout = ${busyTimeoutMs}`, args: [] })
            return adapter.client.batch([{ sql, args }], 'write')
          })
          return result?.rows ?? []
        } catch (error) {
          if (!isBusy(error) || attempt >= 3) throw error
          await pause(10 + Math.random() * 50 * (attempt + 1))
        }
      }
    },
  }
}

const tableOf =
  (adapter: SqliteAdapterLike) =>
  (slug: CollectionSlug): string => {
    const name = adapter.tableNameMap.get(toSnakeCase(slug))
    if (!name) throw new Error(`kurskatalog: no SQLite table for collection "${slug}"`)
    return `"${name.replace(/"/g, '""')}"`
  }

// Ids, counts, ISO times, statuses and `cancelled:<id>` keys: nothing that needs quoting beyond the quotes.
const plainValue = /^[A-Za-z0-9:.+_-]*$/

/** A statement with its values written in, for the adapter's `execute`, which takes no bound values. */
function withValues(sql: string, args: (string | number | null)[]): string {
  let next = 0
  const text = sql.replace(/\?/g, () => {
    const value = args[next++]
    if (value === null || value === undefined) return 'NULL'
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Error(`kurskatalog: not a number for SQL: ${value}`)
      return String(value)
    }
    if (!plainValue.test(value)) throw new Error(`kurskatalog: refusing to write ${JSON.stringify(value)} into SQL`)
    return `'${value}'`
  })
  if (next !== args.length) throw new Error('kurskatalog: SQL placeholders and values differ in number')
  return text
}

/**
 * The same statements inside a Payload transaction (an editor's save in the admin), on that
 * transaction's own connection: they commit or roll back with the save. The transaction holds
 * SQLite's one write lock from its first write on, so other processes wait for it; a statement
 * here can never wait for the transaction itself, as one on another connection would.
 */
export function sqliteStatementsIn(payload: Payload, transaction: unknown): SqliteStatements {
  const adapter = payload.db as unknown as SqliteAdapterLike
  return {
    table: tableOf(adapter),
    async run(sql, args) {
      const result = await adapter.execute({ db: transaction, raw: withValues(sql, args) })
      return result.rows ?? []
    },
  }
}
