import { apiRoutes, type OfferingDetail } from '@kurskatalog/contract'
import type { Endpoint } from 'payload'
import { loadOfferingDetail } from '../../catalog/loadOfferingDetail.js'
import { currentCatalog } from '../../catalog/readModel/catalogReadModel.js'
import { cachedJson } from '../../http/cachedResponse.js'
import type { CatalogContext } from '../../types.js'
import { notFound, publicRead, routeParam } from './publicRead.js'

/** GET /api/catalog/v1/offerings/:slug — one published course or programme (OfferingDetail). */
export function offeringEndpoint(context: CatalogContext): Endpoint {
  return {
    path: apiRoutes.offering,
    method: 'get',
    handler: publicRead(context, async (req, now) => {
      const body: OfferingDetail | null = loadOfferingDetail(await currentCatalog(req.payload, context), routeParam(req, 'slug'), now)
      return body ? cachedJson(req, body) : notFound(req)
    }),
  }
}
