import { nextSessionsPerOffering, type OfferingListResponse, type ValidOfferingQuery } from '@kurskatalog/contract'
import { idKey } from './docs.js'
import { findOfferings } from './findOfferings.js'
import type { CatalogSnapshot } from './readModel/catalogSnapshot.js'
import { summariseSessions } from './sessions.js'
import { toOfferingSummary } from './toOffering.js'

/** One page of the offer, from the catalogue's snapshot: no query of its own. */
export function listOfferings(snapshot: CatalogSnapshot, { page, limit, ...filters }: ValidOfferingQuery, now: Date): OfferingListResponse {
  const { matches, topics } = findOfferings(snapshot, filters, now)
  const onPage = matches.slice((page - 1) * limit, page * limit)
  const shown = onPage.map((match) => match.sessions.slice(0, nextSessionsPerOffering))
  const summaries = summariseSessions(snapshot, shown.flat(), now)
  return {
    items: onPage.map((match, index) =>
      toOfferingSummary(
        match.doc,
        match.kind,
        topics,
        (shown[index] ?? []).flatMap((session) => summaries.get(idKey(session.id)) ?? []),
      ),
    ),
    page,
    limit,
    totalItems: matches.length,
    totalPages: Math.ceil(matches.length / limit),
  }
}
