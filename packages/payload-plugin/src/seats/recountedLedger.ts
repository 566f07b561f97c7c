import type { DocId } from '../catalog/docs.js'

/** A session whose seat ledger was set back to the places its registrations hold. */
export interface RecountedLedger {
  session: DocId
  /** Seats the ledger counted before. */
  counted: number
  /** Seats the registrations hold, which the ledger says now. */
  held: number
}

/**
 * Recounts every quiet ledger from its registrations. `quietSince`: a ledger, or a registration of
 * its session, changed at or after this moment may be in the middle of a seat move and is left alone.
 */
export type LedgerRecount = (quietSince: Date, now: Date) => Promise<RecountedLedger[]>
