import { Sqlite3Transaction } from '@libsql/client/sqlite3'
import Database from 'libsql'

/** The part of `@libsql/client`'s Client replaced here (it is the adapter's dependency, not ours). */
export interface TransactionsClientLike {
  transaction(...args: unknown[]): Promise<unknown>
  close(): void
}

// SQLite's words for libsql's transaction modes (`@libsql/core` util `transactionModeToBegin`).
const beginOf = (mode: unknown): string => (mode === 'read' ? 'BEGIN TRANSACTION READONLY' : mode === 'deferred' ? 'BEGIN DEFERRED' : 'BEGIN IMMEDIATE')

// Transactions take turns within a process (the plugin's sqliteWriteTurns), so one or two are ever in use.
const idleLimit = 4

/**
 * Gives each transaction a connection kept open from an earlier one, instead of the fresh connection
 * libsql opens after every transaction.
 *
 * Why: `@libsql/client` (sqlite3 `transaction()`) hands its current connection to the transaction and
 * lazily opens a new one for whatever comes next, and never closes the one it gave away. A new
 * connection reads and parses the whole schema (about 290 tables and indexes here) before its first
 * statement: measured on this schema, 3.7 ms for open, settings, `BEGIN IMMEDIATE`, one read and
 * `COMMIT` on a fresh connection against 0.05 ms on one kept open. Every Payload transaction paid that
 * (each sign-up's, each job's), in the one thread that answers every request.
 *
 * How: the transaction is libsql's own (`Sqlite3Transaction`, the same class `transaction()` returns,
 * so statements and results behave exactly as before) on a connection of this pool, opened with
 * `pragmas` (the client's own settings). Once the transaction has ended (committed, rolled back
 * or closed) the connection goes back to the pool, or is closed when the pool is full. The client's own
 * connection is then never given away, so it keeps the settings it was opened with.
 */
export function reuseTransactionConnections<C extends TransactionsClientLike>(client: C, file: string, pragmas: readonly string[]): C {
  const idle: Database.Database[] = []
  const open = (): Database.Database => {
    const connection = new Database(file)
    for (const pragma of pragmas) connection.exec(pragma)
    return connection
  }
  const giveBack = (connection: Database.Database) => {
    if (!connection.open) return
    if (connection.inTransaction || idle.length >= idleLimit) connection.close()
    else idle.push(connection)
  }

  client.transaction = async (mode?: unknown) => {
    const connection = idle.pop() ?? open()
    try {
      connection.exec(beginOf(mode))
    } catch (error) {
      // Busy past the timeout, or closed: nothing began, so the connection is as good as before.
      giveBack(connection)
      throw error
    }
    const transaction = new Sqlite3Transaction(connection, 'number')
    // Back to the pool once the transaction has ended: drizzle (0.45) commits or rolls back and never
    // calls close(); a close() that comes after that must not touch a connection now someone else's.
    let released = false
    const release = () => {
      if (released || connection.inTransaction) return
      released = true
      giveBack(connection)
    }
    const { commit, rollback, close, execute, batch, executeMultiple } = transaction
    const ended = () => new Error('kurskatalog: this SQLite transaction has ended; its connection serves another one now')
    transaction.execute = ((...args: Parameters<typeof execute>) => (released ? Promise.reject(ended()) : execute.apply(transaction, args))) as typeof execute
    transaction.batch = (statements) => (released ? Promise.reject(ended()) : batch.call(transaction, statements))
    transaction.executeMultiple = (sql) => (released ? Promise.reject(ended()) : executeMultiple.call(transaction, sql))
    transaction.commit = async () => {
      if (released) throw ended()
      try {
        await commit.call(transaction)
      } finally {
        release()
      }
    }
    transaction.rollback = async () => {
      if (released) return
      try {
        await rollback.call(transaction)
      } finally {
        release()
      }
    }
    transaction.close = () => {
      if (released) return
      close.call(transaction)
      release()
    }
    return transaction
  }

  const closeClient = client.close.bind(client)
  client.close = () => {
    for (const connection of idle.splice(0)) connection.close()
    closeClient()
  }
  return client
}
