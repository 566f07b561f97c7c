import type { Payload } from 'payload'
import { isDuplicateKey, mongoModel } from '../../database/mongo.js'
import type { CatalogSlugs } from '../../types.js'
import type { WindowCounter } from './windowCounter.js'

export function mongoWindowCounter(payload: Payload, slugs: CatalogSlugs): WindowCounter {
  const counters = mongoModel(payload, slugs['rate-limits'])
  const increment = (key: string, expiresAt: Date) => {
    const now = new Date()
    return counters
      .findOneAndUpdate({ key }, { $inc: { hits: 1 }, $set: { updatedAt: now }, $setOnInsert: { expiresAt, createdAt: now } }, { upsert: true, new: true })
      .lean()
  }
  return {
    async hit(key, expiresAt) {
      try {
        return Number((await increment(key, expiresAt))?.hits)
      } catch (error) {
        // Two first hits raced to insert the counter; the loser increments the winner's.
        if (!isDuplicateKey(error)) throw error
        return Number((await increment(key, expiresAt))?.hits)
      }
    },
    async sweep(now) {
      await counters.deleteMany({ expiresAt: { $lt: now } })
    },
  }
}
