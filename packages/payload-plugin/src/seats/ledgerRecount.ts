import type { Payload } from 'payload'
import { forDatabase } from '../database/forDatabase.js'
import type { CatalogSlugs } from '../types.js'
import { mongoLedgerRecount } from './mongoLedgerRecount.js'
import type { LedgerRecount } from './recountedLedger.js'
import { sqliteLedgerRecount } from './sqliteLedgerRecount.js'

/** The ledger recount for the database the host app runs on. */
export function ledgerRecountFor(payload: Payload, slugs: CatalogSlugs): LedgerRecount {
  return forDatabase(payload, 'the seat recount', { sqlite: () => sqliteLedgerRecount(payload, slugs), mongoose: () => mongoLedgerRecount(payload, slugs) })
}
