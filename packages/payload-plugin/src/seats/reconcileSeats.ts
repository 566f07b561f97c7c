import type { PayloadRequest } from 'payload'
import type { CatalogContext } from '../types.js'
import { ledgerRecountFor } from './ledgerRecount.js'
import { promoteAndNotify } from './promoteAndNotify.js'
import type { RecountedLedger } from './recountedLedger.js'
import { seatStoreFor } from './seatStoreFor.js'
import { loadSessionFacts } from './sessionFacts.js'

export interface SeatReconciliation {
  recounted: RecountedLedger[]
  /** How many people were moved up from a waiting list into seats the recount freed. */
  promoted: number
}

/**
 * Makes every seat ledger say what its registrations hold, for ledgers quiet for `quietSeconds`
 * (a process that died between taking a seat and storing its registration left one taken for
 * nobody), then gives seats it freed to the waiting list. Safe to run at any moment, on any number
 * of instances at once: each ledger is set by one conditional write that loses to any seat move.
 */
export async function reconcileSeats(req: PayloadRequest, context: CatalogContext, quietSeconds: number, now = new Date()): Promise<SeatReconciliation> {
  const { payload } = req
  const quietSince = new Date(now.getTime() - quietSeconds * 1000)
  const recounted = await ledgerRecountFor(payload, context.slugs)(quietSince, now)
  let promoted = 0
  for (const ledger of recounted) {
    payload.logger.warn({
      msg: `kurskatalog: the seat ledger of session ${ledger.session} counted ${ledger.counted} seats, its registrations hold ${ledger.held}; set to ${ledger.held}`,
    })
    if (ledger.held >= ledger.counted) continue
    const facts = await loadSessionFacts(payload, context.slugs, ledger.session)
    if (facts) promoted += (await promoteAndNotify(req, context, seatStoreFor(payload, context.slugs), facts)).length
  }
  return { recounted, promoted }
}
