import type { ErrorCode, FieldErrors, Locale } from '@kurskatalog/contract'
import type { PayloadRequest } from 'payload'
import { errorResponse } from '../http/errorResponse.js'
import { requestLocale } from '../http/requestLocale.js'
import type { CatalogContext } from '../types.js'
import { isAllowedOrigin, parseOrigin, selfOrigins } from './allowedOrigin.js'
import { writeCorsHeaders } from './cors.js'
import { checkRateLimit } from './rateLimits/rateLimit.js'

/** A write request that passed the door: where it came from, and the headers every answer to it carries. */
export interface AdmittedWrite {
  origin: string
  headers: Headers
  locale: Locale
  /** The one error shape, with this request's CORS headers; in `locale`, else the request's language. */
  refuse(code: ErrorCode, options?: { fields?: FieldErrors; locale?: Locale; headers?: HeadersInit }): Response
}

/**
 * The door of every write endpoint: the Origin must be the CMS itself or a site registered on an
 * agency (else 403), then the client must be under its rate limit (else 429 with Retry-After).
 * Reads do not come through here; they are open to all.
 */
export async function guardWrite(
  req: PayloadRequest,
  context: CatalogContext,
  route: string,
): Promise<{ ok: true; write: AdmittedWrite } | { ok: false; response: Response }> {
  const locale = requestLocale(req)
  const self = selfOrigins(req, context)[0] ?? 'null'
  const origin = parseOrigin(req.headers.get('origin'))
  const allowed = origin !== null && (await isAllowedOrigin(req, context, origin))
  const headers = writeCorsHeaders(origin, allowed, self)
  const refuse: AdmittedWrite['refuse'] = (code, options = {}) => {
    const merged = new Headers(headers)
    new Headers(options.headers).forEach((value, key) => merged.set(key, value))
    return errorResponse(code, options.locale ?? locale, { fields: options.fields, headers: merged })
  }
  if (!origin || !allowed) return { ok: false, response: refuse('origin-not-allowed') }
  const verdict = await checkRateLimit(req, context, route, origin)
  if (!verdict.ok) return { ok: false, response: refuse('rate-limited', { headers: { 'Retry-After': String(verdict.retryAfterSeconds) } }) }
  return { ok: true, write: { origin, headers, locale, refuse } }
}
