/** What a browser may send to the write endpoints from an allowed origin. */
const allowedRequestHeaders = 'Content-Type, Accept, Accept-Language'

/**
 * CORS headers for a write response. For an allowed origin, it is echoed; for any other, the CMS's own
 * origin is named instead, so the browser refuses the answer even if the host app set a wildcard
 * (`cors: '*'`) that Payload would otherwise add.
 */
export function writeCorsHeaders(origin: string | null, allowed: boolean, selfOrigin: string): Headers {
  const headers = new Headers()
  headers.set('Access-Control-Allow-Origin', allowed && origin ? origin : selfOrigin)
  headers.set('Access-Control-Allow-Methods', 'POST, OPTIONS')
  headers.set('Access-Control-Allow-Headers', allowedRequestHeaders)
  headers.set('Vary', 'Origin')
  return headers
}

/** Headers of a successful preflight: cached by the browser for ten minutes. */
export function preflightHeaders(origin: string, selfOrigin: string): Headers {
  const headers = writeCorsHeaders(origin, true, selfOrigin)
  headers.set('Access-Control-Max-Age', '600')
  return headers
}
