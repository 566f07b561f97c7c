import { apiRoutes } from '@kurskatalog/contract'
import type { Endpoint } from 'payload'
import { listServices } from '../../catalog/services.js'
import { cachedJson } from '../../http/cachedResponse.js'
import type { CatalogContext } from '../../types.js'
import { publicRead } from './publicRead.js'

/** GET /api/catalog/v1/services — every published facilitator service (ServiceListResponse). */
export function servicesEndpoint(context: CatalogContext): Endpoint {
  return {
    path: apiRoutes.services,
    method: 'get',
    handler: publicRead(context, async (req) => cachedJson(req, await listServices(req.payload, context.slugs, req), { maxAge: 60 })),
  }
}
