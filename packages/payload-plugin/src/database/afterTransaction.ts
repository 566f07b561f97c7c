import { setTimeout as pause } from 'node:timers/promises'
import type { PayloadRequest } from 'payload'
import { openTransaction } from './openTransaction.js'


// Long enough for any save; past it the jobs queue's own tick sends the email.
const watchMs = 120_000

/**
 * Runs `work` once the transaction `req` is in has ended (at once when there is none). Payload has no
 * after-commit hook, and a hook's transaction is committed by the operation that called it, so this
 * watches the adapter's open transactions until this one is gone, committed or rolled back. `work` must
 * cope with either: after a rollback what it looks for is simply not there. The promise settles (never
 * rejects) once `work` has run, or when the watch gives up on a transaction open longer than any save.
 */
export function afterTransaction(req: PayloadRequest, work: () => Promise<unknown>, what: string): Promise<void> {
  const { payload } = req
  const pending = req.transactionID
  return (async () => {
    const id = await pending
    const until = Date.now() + watchMs
    while (openTransaction(payload, id) !== undefined) {
      if (Date.now() > until) return
      await pause(15)
    }
    await work()
  })().catch((error: unknown) => payload.logger.error({ err: error, msg: `kurskatalog: ${what}` }))
}
