import { apiRoutes } from '@kurskatalog/contract'
import type { Endpoint } from 'payload'
import { loadServiceDetail } from '../../catalog/services.js'
import { cachedJson } from '../../http/cachedResponse.js'
import type { CatalogContext } from '../../types.js'
import { notFound, publicRead, routeParam } from './publicRead.js'

/** GET /api/catalog/v1/services/:slug — one published facilitator service (ServiceDetail). */
export function serviceEndpoint(context: CatalogContext): Endpoint {
  return {
    path: apiRoutes.service,
    method: 'get',
    handler: publicRead(context, async (req) => {
      const body = await loadServiceDetail(req.payload, context.slugs, routeParam(req, 'slug'), req)
      return body ? cachedJson(req, body, { maxAge: 60 }) : notFound(req)
    }),
  }
}
