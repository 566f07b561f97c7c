import type { SanitizedConfig } from 'payload'
import type { PayloadRestHandler, RouteHandler } from './routeHandler.js'

const decoded = (segment: string): string => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * One of Payload's REST handlers for a route folder of the host's own, such as `api/catalog/v1/offerings/[slug]`:
 * Payload finds the endpoint from its catch-all's `slug` segments (a list), which such a folder does not have — its
 * `slug` is one string, and Payload's handler failed on it — so the handler is given the request's path below the
 * API route as those segments, as the catch-all would.
 *
 *     export const OPTIONS = payloadRestRoute(config, REST_OPTIONS(config))
 */
export function payloadRestRoute(config: SanitizedConfig | Promise<SanitizedConfig>, handler: PayloadRestHandler): RouteHandler {
  return async (request) => {
    const { routes } = await config
    const path = new URL(request.url).pathname
    const below = path.startsWith(`${routes.api}/`) ? path.slice(routes.api.length + 1) : path
    return handler(request, { params: Promise.resolve({ slug: below.split('/').filter(Boolean).map(decoded) }) })
  }
}
