import type { DocId } from '../catalog/docs.js'
import type { CancelReason } from './cancelReasons.js'
import type { SeatGrantStatus } from './seatStatuses.js'

/**
 * Everything that moves a seat or a place in line, each as ONE conditional atomic statement in the
 * database: never read-then-write, never an in-memory lock, so it stays right with many requests and
 * several app processes on one database. The public sign-up and cancel run each step on its own
 * (atomic without a transaction) and undo a step by its inverse (a seat taken for a sign-up that then
 * fails is released); an editor's save runs them inside its transaction (see `seatStoreIn`).
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
  claimFirstWaitlisted(session: DocId, status: SeatGrantStatus, now: Date): Promise<DocId | null>
  /**
   * Cancels a registration if its status is one of `from`; true if this call did it. Frees its
   * one-address-per-session key so the person may sign up again. `reason` is kept with it (none: cleared).
   */
  cancelIfIn(registration: DocId, from: readonly string[], now: Date, reason?: CancelReason): Promise<boolean>
  /**
   * Confirms a place held for a leader's approval if it is still held under this approval token and its
   * hold has not ended at `now`; true if this call did it. No seat moves: a held place has one already.
   */
  confirmHeld(registration: DocId, approvalToken: string, now: Date): Promise<boolean>
}
