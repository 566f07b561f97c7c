import type { Payload } from 'payload'
import { publicReadLane, type PublicReadLane } from './publicReadLane.js'

/**
 * Where a running app leaves its public-read lane for the Node.js server in front of it to find: the
 * server (the CMS's `server.mjs`) is plain JavaScript outside the app's bundle, so the two meet on a
 * global, under this registered symbol's name.
 */
export const publicReadLaneKey = 'kurskatalog.publicReadLane'

/** Offers `payload`'s public-read lane to the server the app runs in (see `publicReadLane`). */
export function installPublicReadLane(payload: Payload): void {
  ;(globalThis as Record<symbol, PublicReadLane | undefined>)[Symbol.for(publicReadLaneKey)] = publicReadLane(payload)
}
