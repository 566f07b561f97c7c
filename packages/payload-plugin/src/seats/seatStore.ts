import type { Payload, PayloadRequest } from 'payload'
import type { DocId } from '../catalog/docs.js'
import type { CatalogSlugs } from '../types.js'
import { mongoSeatStore } from './mongoSeatStore.js'
import { sqliteStatementsIn } from './sqlite.js'
import { sqliteSeatStore } from './sqliteSeatStore.js'

/** A registration status that holds a place on a session's seats. */
export type SeatHolding = 'confirmed' | 'pending-approval'

/**
 * Everything that moves a seat or a place in line, each as ONE conditional atomic statement in the
 * database: never read-then-write, never an in-memory lock, so it stays right with many requests and
 * several app processes on one database. Transactions are not used: each step is atomic on its own,
 * and a step that must be undone (a seat taken for a sign-up that then fails) is undone by its inverse.
 */
export interface SeatStore {
  /** Makes a session's ledger (no seats taken) unless it has one; run when the session is created. */
  openLedger(session: DocId): Promise<void>
  /** Takes one seat if fewer than `capacity` are taken. Creates the session's ledger on first use. */
  takeSeat(session: DocId, capacity: number): Promise<boolean>
  /** Gives one seat back (never below zero). */
  releaseSeat(session: DocId): Promise<void>
  /** The next waiting-list number of a session: 1, 2, 3 … each given out once. */
  nextWaitlistNumber(session: DocId): Promise<number>
  /** Moves the lowest-numbered waitlisted registration to `status`; its id, or null when nobody waits. */
  claimFirstWaitlisted(session: DocId, status: SeatHolding, now: Date): Promise<DocId | null>
  /**
   * Cancels a registration if its status is one of `from`; true if this call did it. Frees its
   * one-address-per-session key so the person may sign up again.
   */
  cancelIfIn(registration: DocId, from: readonly string[], now: Date): Promise<boolean>
}

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

/** The key that stops one address holding two places on a session; replaced on cancel. */
export const activeKeyOf = (session: DocId, email: string): string => `${session}:${email}`
export const cancelledKeyOf = (registration: DocId): string => `cancelled:${registration}`
