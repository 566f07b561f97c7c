import type { Payload, PayloadRequest } from 'payload'
import { forDatabase } from '../database/forDatabase.js'
import { openTransaction } from '../database/openTransaction.js'
import { sqliteStatementsIn } from '../database/sqlite.js'
import type { CatalogSlugs } from '../types.js'
import { mongoSeatStore } from './mongoSeatStore.js'
import type { SeatStore } from './seatStore.js'
import { sqliteSeatStore } from './sqliteSeatStore.js'

/**
 * The seat store for the database the host app runs on: each statement on its own, or inside
 * `transaction` when given (the open transaction Payload keeps for a request: on SQLite an object
 * holding its drizzle handle as `db`, on MongoDB its client session).
 */
export function seatStoreFor(payload: Payload, slugs: CatalogSlugs, transaction?: unknown): SeatStore {
  return forDatabase(payload, 'the seat store', {
    sqlite: () => sqliteSeatStore(payload, slugs, transaction ? sqliteStatementsIn(payload, (transaction as { db: unknown }).db) : undefined),
    mongoose: () => mongoSeatStore(payload, slugs, transaction),
  })
}

/**
 * The seat store for a change made through Payload (an editor's save, a hook): inside the request's
 * transaction when it has one, so the seats move together with the registration or session saved.
 */
export async function seatStoreIn(req: PayloadRequest, slugs: CatalogSlugs): Promise<SeatStore> {
  return seatStoreFor(req.payload, slugs, openTransaction(req.payload, await req.transactionID))
}
