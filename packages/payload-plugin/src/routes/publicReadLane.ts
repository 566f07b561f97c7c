import type { IncomingMessage, ServerResponse } from 'node:http'
import Negotiator from 'negotiator'
import type { Payload } from 'payload'
import { answerPublicly } from '../endpoints/read/publicRead.js'
import { gzipCache } from '../http/gzipCache.js'
import type { PublicRequest } from '../http/publicRequest.js'
import { catalogContextOf } from './catalogContextOf.js'
import { catalogReads, catalogRoutePaths } from './catalogReads.js'
import { routeMatch } from './routeMatch.js'

/**
 * Takes a request the host's Node.js server received, or declines it: true when the lane answers it
 * (its answer may still be under way), false when the server should hand it on, as if the lane were not there.
 */
export type PublicReadLane = (request: IncomingMessage, response: ServerResponse) => boolean

/** Below this, compression costs more than it saves (the `compression` middleware's threshold). */
const compressFrom = 1024
/** The gzipped answers one process keeps: a few pages of every listing and detail in use. */
const gzipCacheBytes = 16 * 1024 * 1024

/**
 * The hottest public reads (`catalogReads`), answered by the host's own Node.js HTTP server before a
 * request reaches Next.js at all. The answers are the route handlers' to the byte, from the same read
 * model; what the lane saves is Next.js's pipeline around a route handler (its request and response
 * objects, their streams, its abort signals), which costs several times what the answer does and makes
 * garbage at every request. It gzips what it sends when the client accepts it, as Next.js does, once per
 * ETag. Anything it does not handle exactly as Next.js would goes on to Next.js: other methods (HEAD,
 * the preflight), other paths, and paths Next.js redirects or refuses.
 */
export function publicReadLane(payload: Payload): PublicReadLane {
  const context = catalogContextOf(payload)
  if (!context || context.disabled) return () => false
  const apiRoute = payload.config.routes.api
  const routes = catalogRoutePaths.map((path) => ({ match: routeMatch(`${apiRoute}${path}`), answer: catalogReads[path] }))
  const gzipOf = gzipCache({ maxBytes: gzipCacheBytes })

  return (request, response) => {
    if (request.method !== 'GET' || !request.url?.startsWith('/')) return false
    const queryAt = request.url.indexOf('?')
    const path = queryAt < 0 ? request.url : request.url.slice(0, queryAt)
    for (const { match, answer } of routes) {
      const segments = match(path)
      if (!segments) continue
      const url = request.url
      const publicRequest: PublicRequest = { headers: headersOf(request), searchParams: new URLSearchParams(queryAt < 0 ? '' : url.slice(queryAt + 1)) }
      void answerPublicly(payload, publicRequest, url, () => answer(payload, context, publicRequest, segments))
        .then((answered) => send(answered, request, response, gzipOf))
        .catch((error: unknown) => {
          payload.logger.error({ err: error, msg: `catalogue read could not be sent: ${url}` })
          response.destroy()
        })
      return true
    }
    return false
  }
}

/** A Node.js request's headers as Fetch `Headers`, which the answers read. */
function headersOf(request: IncomingMessage): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value)
    else if (value) for (const each of value) headers.append(name, each)
  }
  return headers
}

/** Writes an answer to Node.js's response, gzipped when it is large enough to be worth it and the client accepts gzip. */
async function send(answer: Response, request: IncomingMessage, response: ServerResponse, gzipOf: (etag: string, body: Uint8Array) => Promise<Buffer>): Promise<void> {
  const headers = answer.headers
  const body = answer.body ? new Uint8Array(await answer.arrayBuffer()) : undefined
  headers.append('Vary', 'Accept-Encoding')
  // Only cacheable answers (with an ETag) are large; an error's few hundred bytes go as they are.
  const etag = headers.get('etag')
  let bytes: Uint8Array | undefined = body
  if (body && etag && body.length >= compressFrom && new Negotiator(request).encoding(['gzip', 'identity']) === 'gzip') {
    bytes = await gzipOf(etag, body)
    headers.set('Content-Encoding', 'gzip')
  }
  if (bytes) headers.set('Content-Length', String(bytes.length))
  response.writeHead(answer.status, Object.fromEntries(headers))
  response.end(bytes)
}
