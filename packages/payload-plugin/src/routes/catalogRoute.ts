import { getPayload, type SanitizedConfig } from 'payload'
import { answerPublicly } from '../endpoints/read/publicRead.js'
import { fromFetchRequest } from '../http/publicRequest.js'
import { catalogContextOf } from './catalogContextOf.js'
import { catalogReads, type CatalogRoute } from './catalogReads.js'
import { payloadRestRoute } from './payloadRestRoute.js'
import type { PayloadRestHandler, RouteHandler } from './routeHandler.js'

/**
 * A GET route handler for one of the hottest public reads, for a Next.js app to mount in the folder
 * named by the path, in front of Payload's catch-all: it answers from the read model without Payload's
 * per-request setup (its request object, locale, access, the endpoint router), which alone costs
 * several times what the answer does. Same answers, headers and errors as the endpoint it stands in
 * for; with the plugin disabled, the request goes on to `fallback` (Payload's own REST handler).
 *
 *     // app/(payload)/api/catalog/v1/offerings/route.ts
 *     export const GET = catalogRoute(config, apiRoutes.offerings, REST_GET(config))
 */
export function catalogRoute(config: SanitizedConfig | Promise<SanitizedConfig>, path: CatalogRoute, fallback: PayloadRestHandler): RouteHandler {
  const answer = catalogReads[path]
  const payloadRest = payloadRestRoute(config, fallback)
  return async (request, segments) => {
    const payload = await getPayload({ config })
    const context = catalogContextOf(payload)
    if (!context || context.disabled) return payloadRest(request, segments)
    const publicRequest = fromFetchRequest(request)
    return answerPublicly(payload, publicRequest, request.url, async () => answer(payload, context, publicRequest, await segments.params))
  }
}
