import type { Payload } from 'payload'
import type { CatalogSlugs } from '../../types.js'
import { mongoWindowCounter } from './mongoWindowCounter.js'
import { sqliteWindowCounter } from './sqliteWindowCounter.js'
import type { WindowCounter } from './windowCounter.js'

/** The window counter for the database the host app runs on. */
export function windowCounterFor(payload: Payload, slugs: CatalogSlugs): WindowCounter {
  if (payload.db.name === 'sqlite') return sqliteWindowCounter(payload, slugs)
  if (payload.db.name === 'mongoose') return mongoWindowCounter(payload, slugs)
  throw new Error(`kurskatalog: rate limits are counted on SQLite and MongoDB; "${payload.db.name}" is not supported yet`)
}
