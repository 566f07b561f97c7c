import type { PayloadRequest } from 'payload'
import type { CatalogContext } from '../../types.js'
import { windowCounterFor } from './windowCounterFor.js'

export type RateLimitVerdict = { ok: true } | { ok: false; retryAfterSeconds: number }

/**
 * Who the client is, for counting: the address the outermost trusted proxy saw, when the app is told
 * it stands behind proxies; otherwise nothing (X-Forwarded-For can then be written by anyone).
 */
export function clientAddress(req: PayloadRequest, trustedProxies: number): string | null {
  if (trustedProxies < 1) return null
  const hops = (req.headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter(Boolean)
  // Each trusted proxy appended the address it saw; the one `trustedProxies` from the right is the client.
  const address = hops[hops.length - trustedProxies]
  return address && address.length <= 64 ? address : null
}

/**
 * A fixed-window limit per client and route, counted in the database so it holds across app
 * instances. The client is its address behind a trusted proxy (limit `max`), else the site it posts
 * from (limit `maxPerOrigin`, since one agency's whole staff then share the count).
 */
export async function checkRateLimit(req: PayloadRequest, context: CatalogContext, route: string, origin: string, now = new Date()): Promise<RateLimitVerdict> {
  const options = context.rateLimit
  if (!options) return { ok: true }
  const address = clientAddress(req, context.trustedProxies)
  const client = address ? `ip:${address}` : `origin:${origin}`
  const limit = address ? options.max : options.maxPerOrigin
  const windowMs = options.windowSeconds * 1000
  const window = Math.floor(now.getTime() / windowMs)
  const expiresAt = new Date((window + 1) * windowMs)
  const counter = windowCounterFor(req.payload, context.slugs)
  const hits = await counter.hit(`${route}|${client}|${window}`, expiresAt)
  // The first hit of a window is a good moment to clear out ended ones; no timer needed.
  if (hits === 1) await counter.sweep(now)
  if (hits <= limit) return { ok: true }
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((expiresAt.getTime() - now.getTime()) / 1000)) }
}
