import { nextSessionsPerOffering, type OfferingListResponse, type ValidOfferingQuery } from '@kurskatalog/contract'
import type { Payload, PayloadRequest } from 'payload'
import type { CatalogSlugs } from '../types.js'
import { idKey } from './docs.js'
import { findOfferings } from './findOfferings.js'
import { summariseSessions } from './sessions.js'
import { toOfferingSummary } from './toOffering.js'

/**
 * One page of the offer. Seven queries at most, whatever the page size: topics, agency, courses,
 * programmes, sessions, then seat ledgers and locations for the sessions on the page only.
 */
export async function listOfferings(
  payload: Payload,
  slugs: CatalogSlugs,
  { page, limit, ...filters }: ValidOfferingQuery,
  now: Date,
  req?: PayloadRequest,
): Promise<OfferingListResponse> {
  const { matches, topics } = await findOfferings(payload, slugs, filters, now, req)
  const onPage = matches.slice((page - 1) * limit, page * limit)
  const shown = onPage.map((match) => match.sessions.slice(0, nextSessionsPerOffering))
  const summaries = await summariseSessions(payload, slugs, shown.flat(), now, req)
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
