import { getPayload, type SanitizedConfig } from 'payload'
import { brochureAnswer } from '../endpoints/read/brochure.js'
import { answerPublicly, notFound } from '../endpoints/read/publicRead.js'
import { fromFetchRequest } from '../http/publicRequest.js'
import { catalogContextOf } from './catalogContextOf.js'
import type { RouteHandler } from './routeHandler.js'

/**
 * The GET route handler of the brochure, for a Next.js app to mount at `sitePaths.brochure`
 * (`app/(site)/kurs/brosjyre.pdf/route.ts`, beside the offering pages): the same answer as the plugin's
 * `/api/catalog/v1/brochure.pdf`, on the public catalogue's own address.
 *
 *     export const GET = brochureRoute(config)
 */
export function brochureRoute(config: SanitizedConfig | Promise<SanitizedConfig>): RouteHandler {
  return async (request) => {
    const payload = await getPayload({ config })
    const publicRequest = fromFetchRequest(request)
    const context = catalogContextOf(payload)
    if (!context || context.disabled) return notFound(publicRequest)
    return answerPublicly(payload, publicRequest, request.url, () => brochureAnswer(payload, context, publicRequest, new URL(request.url).origin))
  }
}
