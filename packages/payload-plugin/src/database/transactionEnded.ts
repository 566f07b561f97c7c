import { setTimeout as pause } from 'node:timers/promises'

interface ClientSessionLike {
  inTransaction: () => boolean
}
interface DrizzleTransactionLike {
  resolve: () => Promise<unknown>
}

/**
 * Resolves true once a transaction the adapter has already taken out of its registry has finished its
 * commit or rollback, or false at `until` (a commit that never answers). It reads the handle the adapter
 * kept for it (`openTransaction`, taken while it was open):
 * - MongoDB's client session is in its transaction until the server has answered the commit or abort;
 * - the Drizzle adapters' handle was ended by calling its `resolve` (commit) or `reject` (rollback), and
 *   `resolve`, called again, settles nothing more: it returns the transaction's own promise, which
 *   settles once the database has committed or rolled back (and never rejects).
 * A handle of any other shape counts as ended when it leaves the registry, as before.
 */
export async function transactionEnded(handle: unknown, until: number): Promise<boolean> {
  const session = handle as Partial<ClientSessionLike>
  if (typeof session.inTransaction === 'function') {
    while (session.inTransaction()) {
      if (Date.now() > until) return false
      await pause(5)
    }
    return true
  }
  const drizzle = handle as Partial<DrizzleTransactionLike>
  if (typeof drizzle.resolve === 'function') {
    const timeout = pause(Math.max(0, until - Date.now()), false, { ref: false })
    return Promise.race([drizzle.resolve().then(() => true), timeout])
  }
  return true
}
