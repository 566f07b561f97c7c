import { createHash } from 'node:crypto'
import type { PublicRequest } from './publicRequest.js'

/** The strong ETag of a text: its SHA-1, quoted. */
export const strongEtag = (text: string): string => `"${createHash('sha1').update(text).digest('base64url')}"`

/** The strong ETag of a file's bytes, the same way. */
export const strongEtagOfBytes = (bytes: Uint8Array): string => `"${createHash('sha1').update(bytes).digest('base64url')}"`

export interface CacheOptions {
  /** Seconds a browser or CDN may reuse the answer before revalidating. Short: editors expect changes to show. */
  maxAge?: number
  headers?: HeadersInit
  /** The text's ETag when already known (a remembered answer); else computed here. */
  etag?: string
}

/** A public, cacheable answer of any text type with a strong ETag; answers 304 when the client already has it. */
export function cachedText(
  req: PublicRequest,
  text: string,
  contentType: string,
  { maxAge = 30, headers, etag = strongEtag(text) }: CacheOptions = {},
): Response {
  const responseHeaders = new Headers(headers)
  responseHeaders.set('ETag', etag)
  responseHeaders.set('Cache-Control', `public, max-age=${maxAge}, stale-while-revalidate=${maxAge * 2}`)
  responseHeaders.set('Access-Control-Allow-Origin', '*')
  // Widgets read the ETag to revalidate; CORS hides it from scripts unless exposed.
  responseHeaders.set('Access-Control-Expose-Headers', 'ETag')
  responseHeaders.set('Vary', 'Accept-Language')
  const known = req.headers.get('if-none-match')
  if (known && known.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    return new Response(null, { status: 304, headers: responseHeaders })
  }
  responseHeaders.set('Content-Type', contentType)
  return new Response(text, { status: 200, headers: responseHeaders })
}

export const jsonType = 'application/json; charset=utf-8'

/** A public, cacheable JSON answer with a strong ETag; answers 304 when the client already has it. */
export function cachedJson(req: PublicRequest, body: unknown, options: CacheOptions = {}): Response {
  return cachedText(req, JSON.stringify(body), jsonType, options)
}
