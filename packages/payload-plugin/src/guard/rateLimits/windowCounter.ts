import type { Payload } from 'payload'
import type { CatalogSlugs } from '../../types.js'
import { mongoWindowCounter } from './mongoWindowCounter.js'
import { sqliteWindowCounter } from './sqliteWindowCounter.js'

/** Counts hits per key in the database with one atomic upsert-and-increment, so every app instance sees the same count. */
export interface WindowCounter {
  /** Adds one hit to `key` (creating it to expire at `expiresAt`) and returns the count after it. */
  hit(key: string, expiresAt: Date): Promise<number>
  /** Deletes counters whose window has ended. */
  sweep(now: Date): Promise<void>
}

export function windowCounterFor(payload: Payload, slugs: CatalogSlugs): WindowCounter {
  if (payload.db.name === 'sqlite') return sqliteWindowCounter(payload, slugs)
  if (payload.db.name === 'mongoose') return mongoWindowCounter(payload, slugs)
  throw new Error(`kurskatalog: rate limits are counted on SQLite and MongoDB; "${payload.db.name}" is not supported yet`)
}
