import { apiRoutes, validateOfferingQuery, type OfferingListResponse } from '@kurskatalog/contract'
import type { Endpoint } from 'payload'
import { listOfferings } from '../../catalog/listOfferings.js'
import { currentCatalog } from '../../catalog/readModel/catalogReadModel.js'
import { cachedJson } from '../../http/cachedResponse.js'
import { errorResponse } from '../../http/errorResponse.js'
import { requestLocale } from '../../http/requestLocale.js'
import type { CatalogContext } from '../../types.js'
import { publicHeaders, publicRead } from './publicRead.js'

/** GET /api/catalog/v1/offerings — the offer, filtered and paged (OfferingListResponse). */
export function offeringsEndpoint(context: CatalogContext): Endpoint {
  return {
    path: apiRoutes.offerings,
    method: 'get',
    handler: publicRead(context, async (req, now) => {
      const query = validateOfferingQuery(req.searchParams ?? new URLSearchParams())
      if (!query.ok) return errorResponse('validation', requestLocale(req), { fields: query.fields, headers: publicHeaders })
      const body: OfferingListResponse = listOfferings(await currentCatalog(req.payload, context), query.value, now)
      return cachedJson(req, body)
    }),
  }
}
