import type { Payload } from 'payload'
import type { CatalogSlugs } from '../types.js'
import { mongoLedgerRecount } from './mongoLedgerRecount.js'
import type { LedgerRecount } from './recountedLedger.js'
import { sqliteLedgerRecount } from './sqliteLedgerRecount.js'

/** The ledger recount for the database the host app runs on. */
export function ledgerRecountFor(payload: Payload, slugs: CatalogSlugs): LedgerRecount {
  if (payload.db.name === 'sqlite') return sqliteLedgerRecount(payload, slugs)
  if (payload.db.name === 'mongoose') return mongoLedgerRecount(payload, slugs)
  throw new Error(`kurskatalog: seats are counted on SQLite and MongoDB; "${payload.db.name}" is not supported yet`)
}
