import type { Payload, PayloadRequest } from 'payload'
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
  if (payload.db.name === 'sqlite') {
    const statements = transaction ? sqliteStatementsIn(payload, (transaction as { db: unknown }).db) : undefined
    return sqliteSeatStore(payload, slugs, statements)
  }
  if (payload.db.name === 'mongoose') return mongoSeatStore(payload, slugs, transaction)
  throw new Error(`kurskatalog: seats are counted on SQLite and MongoDB; "${payload.db.name}" is not supported yet`)
}

/**
 * The seat store for a change made through Payload (an editor's save, a hook): inside the request's
 * transaction when it has one, so the seats move together with the registration or session saved.
 */
export async function seatStoreIn(req: PayloadRequest, slugs: CatalogSlugs): Promise<SeatStore> {
  const id = await req.transactionID
  const open = id === undefined || id === null ? undefined : (req.payload.db as unknown as { sessions?: Record<string | number, unknown> }).sessions?.[id]
  return seatStoreFor(req.payload, slugs, open)
}
