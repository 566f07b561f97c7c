import { setTimeout as pause } from 'node:timers/promises'
import type { PayloadRequest } from 'payload'
import { openTransaction } from './openTransaction.js'
import { transactionEnded } from './transactionEnded.js'

// Long enough for any save; past it the jobs queue's own tick sends the email.
const watchMs = 120_000

/**
 * Runs `work` once the transaction `req` is in has ended (at once when there is none). Payload has no
 * after-commit hook, and a hook's transaction is committed by the operation that called it, so this
 * watches the adapter's open transactions until this one is gone, and then waits for its commit or
 * rollback itself to finish: both adapters take a transaction out of their registry before they send
 * its commit, and what the work reads on another connection is only there once the commit is done.
 * `work` must cope with either end: after a rollback what it looks for is simply not there. The promise
 * settles (never rejects) once `work` has run, or when the watch gives up on a transaction open longer
 * than any save.
 */
export function afterTransaction(req: PayloadRequest, work: () => Promise<unknown>, what: string): Promise<void> {
  const { payload } = req
  const pending = req.transactionID
  // Taken now, while the caller's transaction is surely open: by the next tick its commit may have begun.
  const kept = pending instanceof Promise ? undefined : openTransaction(payload, pending)
  return (async () => {
    const id = await pending
    const until = Date.now() + watchMs
    const handle = kept ?? openTransaction(payload, id)
    while (openTransaction(payload, id) !== undefined) {
      if (Date.now() > until) return
      await pause(15)
    }
    if (handle !== undefined && !(await transactionEnded(handle, until))) return
    await work()
  })().catch((error: unknown) => payload.logger.error({ err: error, msg: `kurskatalog: ${what}` }))
}
