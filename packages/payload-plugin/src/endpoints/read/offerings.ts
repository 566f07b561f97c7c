import { apiRoutes, validateOfferingQuery, type OfferingListResponse } from '@kurskatalog/contract'
import type { Endpoint, Payload } from 'payload'
import { listOfferings } from '../../catalog/listOfferings.js'
import { currentCatalog } from '../../catalog/readModel/catalogReadModel.js'
import { rememberedAnswer } from '../../catalog/readModel/rememberedAnswer.js'
import { cachedText, jsonType } from '../../http/cachedResponse.js'
import { errorResponse } from '../../http/errorResponse.js'
import type { PublicRequest } from '../../http/publicRequest.js'
import { requestLocale } from '../../http/requestLocale.js'
import type { CatalogContext } from '../../types.js'
import { publicHeaders, publicRead } from './publicRead.js'

/** The answer to GET /api/catalog/v1/offerings, from the read model, for the endpoint and the route handler alike. */
export async function offeringListAnswer(payload: Payload, context: CatalogContext, request: PublicRequest, now: Date): Promise<Response> {
  const query = validateOfferingQuery(request.searchParams ?? new URLSearchParams())
  if (!query.ok) return errorResponse('validation', requestLocale(request), { fields: query.fields, headers: publicHeaders })
  const snapshot = await currentCatalog(payload, context)
  const answer = rememberedAnswer(snapshot, `offerings ${JSON.stringify(query.value)}`, now, () => {
    const body: OfferingListResponse = listOfferings(snapshot, query.value, now)
    return JSON.stringify(body)
  })
  return cachedText(request, answer.body, jsonType, { etag: answer.etag })
}

/** GET /api/catalog/v1/offerings — the offer, filtered and paged (OfferingListResponse). */
export function offeringsEndpoint(context: CatalogContext): Endpoint {
  return {
    path: apiRoutes.offerings,
    method: 'get',
    handler: publicRead(context, (req, now) => offeringListAnswer(req.payload, context, req, now)),
  }
}
