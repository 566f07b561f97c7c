import type { SessionSummary } from '@kurskatalog/contract'
import type { Payload, PayloadRequest } from 'payload'
import type { CatalogSlugs } from '../types.js'
import { idKey, type SessionDoc } from './docs.js'
import { loadLocations, loadTakenSeats } from './lookups.js'
import type { CatalogSnapshot } from './readModel/catalogSnapshot.js'
import { locationIdsOf, toSessionSummary } from './toSessionSummary.js'

/** Public summaries of sessions of the snapshot, with its seats and places. */
export function summariseSessions(snapshot: CatalogSnapshot, sessions: readonly SessionDoc[], now: Date): Map<string, SessionSummary> {
  return new Map(
    sessions.map((session) => [idKey(session.id), toSessionSummary(session, snapshot.taken.get(idKey(session.id)) ?? 0, now, snapshot.locations)]),
  )
}

/** Public summaries of sessions read from the database, with seats from the ledger and places from locations: two queries for any number. */
export async function summariseStoredSessions(
  payload: Payload,
  slugs: CatalogSlugs,
  sessions: readonly SessionDoc[],
  now: Date,
  req?: PayloadRequest,
): Promise<Map<string, SessionSummary>> {
  const [taken, locations] = await Promise.all([
    loadTakenSeats(payload, slugs, sessions.map((session) => session.id), req),
    loadLocations(payload, slugs, locationIdsOf(sessions), req),
  ])
  return new Map(
    sessions.map((session) => [idKey(session.id), toSessionSummary(session, taken.get(idKey(session.id)) ?? 0, now, locations)]),
  )
}
