import type { Payload } from 'payload'
import { forDatabase } from '../../database/forDatabase.js'
import type { CatalogSlugs } from '../../types.js'
import { mongoWindowCounter } from './mongoWindowCounter.js'
import { sqliteWindowCounter } from './sqliteWindowCounter.js'
import type { WindowCounter } from './windowCounter.js'

/** The window counter for the database the host app runs on. */
export function windowCounterFor(payload: Payload, slugs: CatalogSlugs): WindowCounter {
  return forDatabase(payload, 'the rate limit', { sqlite: () => sqliteWindowCounter(payload, slugs), mongoose: () => mongoWindowCounter(payload, slugs) })
}
