import type { Payload } from 'payload'
import type { DocId } from '../catalog/docs.js'
import type { CatalogSlugs } from '../types.js'
import { isDuplicateKey, mongoModel } from '../database/mongo.js'
import { cancelledKeyOf } from './registrationKeys.js'
import type { SeatStore } from './seatStore.js'

/**
 * The seat store on MongoDB: `findOneAndUpdate` with the condition in the filter and `$inc` in the
 * update is one atomic document operation on the server, whichever app instance sends it.
 */
export function mongoSeatStore(payload: Payload, slugs: CatalogSlugs, session?: unknown): SeatStore {
  // Inside an editor's transaction every step joins it; otherwise each stands alone.
  const inSession = session ? { session } : {}
  const seats = mongoModel(payload, slugs['session-seats'])
  const registrations = mongoModel(payload, slugs.registrations)

  async function ensureLedger(session: DocId): Promise<void> {
    const now = new Date()
    try {
      await seats.updateOne(
        { session },
        { $setOnInsert: { session, taken: 0, waitlistIssued: 0, createdAt: now, updatedAt: now } },
        { upsert: true, ...inSession },
      )
    } catch (error) {
      if (!isDuplicateKey(error)) throw error
    }
  }

  const increment = (session: DocId, capacity: number) =>
    seats.findOneAndUpdate({ session, taken: { $lt: capacity } }, { $inc: { taken: 1 }, $set: { updatedAt: new Date() } }, { new: true, ...inSession }).lean()

  return {
    openLedger: ensureLedger,
    async takeSeat(session, capacity) {
      if (await increment(session, capacity)) return true
      await ensureLedger(session)
      return (await increment(session, capacity)) !== null
    },
    async releaseSeat(session) {
      await seats.updateOne({ session, taken: { $gt: 0 } }, { $inc: { taken: -1 }, $set: { updatedAt: new Date() } }, inSession)
    },
    async nextWaitlistNumber(session) {
      // One operation, ledger or none (an upsert); two made at once clash on the unique session, and the loser counts on the winner's.
      const issue = (upsert: boolean) => {
        const now = new Date()
        return seats
          .findOneAndUpdate(
            { session },
            { $inc: { waitlistIssued: 1 }, $set: { updatedAt: now }, ...(upsert ? { $setOnInsert: { taken: 0, createdAt: now } } : {}) },
            { new: true, upsert, ...inSession },
          )
          .lean()
      }
      try {
        return Number((await issue(true))?.waitlistIssued)
      } catch (error) {
        if (!isDuplicateKey(error)) throw error
        return Number((await issue(false))?.waitlistIssued)
      }
    },
    async claimFirstWaitlisted(session, status, now) {
      const claimed = await registrations
        .findOneAndUpdate(
          { session, status: 'waitlisted' },
          { $set: { status, promotedAt: now, updatedAt: now } },
          { sort: { waitlistPosition: 1, _id: 1 }, new: true, ...inSession },
        )
        .lean()
      return claimed ? String(claimed._id) : null
    },
    async cancelIfIn(registration, from, now, reason) {
      const result = await registrations.updateOne(
        { _id: registration, status: { $in: [...from] } },
        { $set: { status: 'cancelled', activeKey: cancelledKeyOf(registration), cancelledAt: now, updatedAt: now, ...(reason ? { cancelReason: reason } : {}) } },
        inSession,
      )
      return (result.modifiedCount ?? 0) > 0
    },
    async confirmHeld(registration, approvalToken, now) {
      const result = await registrations.updateOne(
        { _id: registration, status: 'pending-approval', approvalToken, approvalHoldUntil: { $gt: now } },
        { $set: { status: 'confirmed', updatedAt: now } },
        inSession,
      )
      return (result.modifiedCount ?? 0) > 0
    },
  }
}
