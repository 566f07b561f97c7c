import type { Payload } from 'payload'
import type { CatalogSlugs } from '../types.js'
import { mongoModel } from '../database/mongo.js'
import type { LedgerRecount, RecountedLedger } from './recountedLedger.js'
import { seatHoldingStatuses } from './seatStatuses.js'

interface MongoReadModel {
  find(filter: Record<string, unknown>): { lean(): Promise<Record<string, unknown>[]> }
  aggregate(pipeline: Record<string, unknown>[]): Promise<Record<string, unknown>[]>
  distinct(field: string, filter: Record<string, unknown>): Promise<unknown[]>
}

/**
 * The recount on MongoDB, in this order: read the quiet ledgers, count the places held, check that no
 * registration of the session changed since `quietSince`, then set the ledger only if it is still
 * exactly as read. A seat move always writes its registration before or after its ledger; in this
 * order a move half done during the recount is either seen by the check or undone by nothing, so
 * the ledger is never set below what its registrations will hold.
 */
export function mongoLedgerRecount(payload: Payload, slugs: CatalogSlugs): LedgerRecount {
  const seats = mongoModel(payload, slugs['session-seats'])
  const seatsRead = seats as unknown as MongoReadModel
  const registrations = mongoModel(payload, slugs.registrations) as unknown as MongoReadModel
  return async (quietSince, now) => {
    const ledgers = await seatsRead.find({ updatedAt: { $lt: quietSince } }).lean()
    if (ledgers.length === 0) return []
    const counts = await registrations.aggregate([
      { $match: { status: { $in: [...seatHoldingStatuses] } } },
      { $group: { _id: '$session', held: { $sum: 1 } } },
    ])
    const heldBy = new Map(counts.map((row) => [String(row._id), Number(row.held)]))
    const moving = new Set((await registrations.distinct('session', { updatedAt: { $gte: quietSince } })).map(String))
    const recounted: RecountedLedger[] = []
    for (const ledger of ledgers) {
      const session = String(ledger.session)
      const held = heldBy.get(session) ?? 0
      const counted = Number(ledger.taken)
      if (held === counted || moving.has(session)) continue
      const result = await seats.updateOne(
        { _id: ledger._id, taken: ledger.taken, updatedAt: ledger.updatedAt },
        { $set: { taken: held, updatedAt: now } },
      )
      if ((result.modifiedCount ?? 0) > 0) recounted.push({ session, counted, held })
    }
    return recounted
  }
}
