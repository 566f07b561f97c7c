import type { Endpoint } from 'payload'
import { isAllowedOrigin, parseOrigin, selfOrigins } from '../../guard/allowedOrigin.js'
import { preflightHeaders, writeCorsHeaders } from '../../guard/cors.js'
import type { CatalogContext } from '../../types.js'

/** Answers a browser's CORS preflight for a write path: yes for registered origins, no for all others. */
export function preflightEndpoint(context: CatalogContext, path: string): Endpoint {
  return {
    path,
    method: 'options',
    handler: async (req) => {
      const self = selfOrigins(req, context)[0] ?? 'null'
      const origin = parseOrigin(req.headers.get('origin'))
      if (origin && (await isAllowedOrigin(req, context, origin))) {
        return new Response(null, { status: 204, headers: preflightHeaders(origin, self) })
      }
      return new Response(null, { status: 403, headers: writeCorsHeaders(origin, false, self) })
    },
  }
}
