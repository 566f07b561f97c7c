import { apiRoutes, type OfferingDetail } from '@kurskatalog/contract'
import type { Endpoint, Payload } from 'payload'
import { loadOfferingDetail } from '../../catalog/loadOfferingDetail.js'
import { currentCatalog } from '../../catalog/readModel/catalogReadModel.js'
import { rememberedAnswer } from '../../catalog/readModel/rememberedAnswer.js'
import { cachedText, jsonType } from '../../http/cachedResponse.js'
import type { PublicRequest } from '../../http/publicRequest.js'
import type { CatalogContext } from '../../types.js'
import { notFound, publicRead, routeParam } from './publicRead.js'

/** The answer to GET /api/catalog/v1/offerings/:slug, from the read model, for the endpoint and the route handler alike. */
export async function offeringAnswer(payload: Payload, context: CatalogContext, request: PublicRequest, slug: string, now: Date): Promise<Response> {
  const snapshot = await currentCatalog(payload, context)
  if (!snapshot.offeringBySlug.has(slug)) return notFound(request)
  const answer = rememberedAnswer(snapshot, `offering ${slug}`, now, () => {
    const body: OfferingDetail | null = loadOfferingDetail(snapshot, slug, now)
    return JSON.stringify(body)
  })
  return cachedText(request, answer.body, jsonType, { etag: answer.etag })
}

/** GET /api/catalog/v1/offerings/:slug — one published course or programme (OfferingDetail). */
export function offeringEndpoint(context: CatalogContext): Endpoint {
  return {
    path: apiRoutes.offering,
    method: 'get',
    handler: publicRead(context, (req, now) => offeringAnswer(req.payload, context, req, routeParam(req, 'slug'), now)),
  }
}
