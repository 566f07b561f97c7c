import type { OfferingDetail } from '@kurskatalog/contract'
import { idKey } from './docs.js'
import { upcomingSessionsOf, type CatalogSnapshot } from './readModel/catalogSnapshot.js'
import { summariseSessions } from './sessions.js'
import { toOfferingDetail } from './toOffering.js'

/** One published offering with every upcoming session and free seats, from the catalogue's snapshot; null when none has the slug. */
export function loadOfferingDetail(snapshot: CatalogSnapshot, slug: string, now: Date): OfferingDetail | null {
  const found = snapshot.offeringBySlug.get(slug)
  if (!found) return null
  const { kind, doc } = found
  const sessions = upcomingSessionsOf(snapshot, found, now)
  const summaries = summariseSessions(snapshot, sessions, now)
  return toOfferingDetail(
    doc,
    kind,
    snapshot.topics,
    snapshot.facilitators,
    sessions.flatMap((session) => summaries.get(idKey(session.id)) ?? []),
  )
}
