import { apiRoutes, type SessionDetail } from '@kurskatalog/contract'
import type { Endpoint } from 'payload'
import { loadSessionDetail } from '../../catalog/loadSessionDetail.js'
import { cachedJson } from '../../http/cachedResponse.js'
import type { CatalogContext } from '../../types.js'
import { notFound, publicRead, routeParam } from './publicRead.js'

/** GET /api/catalog/v1/sessions/:id — one session for a standalone sign-up form (SessionDetail). */
export function sessionEndpoint(context: CatalogContext): Endpoint {
  return {
    path: apiRoutes.session,
    method: 'get',
    handler: publicRead(context, async (req, now) => {
      const body: SessionDetail | null = await loadSessionDetail(req.payload, context.slugs, routeParam(req, 'id'), { now, req })
      // Seats change by the minute around an opening; a shorter reuse than the listing's.
      return body ? cachedJson(req, body, { maxAge: 10 }) : notFound(req)
    }),
  }
}
