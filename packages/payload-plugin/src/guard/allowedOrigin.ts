import type { PayloadRequest } from 'payload'
import type { CatalogContext } from '../types.js'

/** The CMS's own origins: its public URL, its configured server URL, and the URL this request came in on. */
export function selfOrigins(req: PayloadRequest, context: CatalogContext): string[] {
  const candidates = [context.publicUrl, req.payload.config.serverURL, req.url]
  return candidates.flatMap((value) => {
    if (!value) return []
    try {
      return [new URL(value).origin]
    } catch {
      return []
    }
  })
}

/** An Origin header as browsers send it (scheme://host[:port]), or null for anything else, "null" included. */
export function parseOrigin(header: string | null): string | null {
  if (!header || header.length > 300) return null
  try {
    const url = new URL(header)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    return url.origin === header ? header : null
  } catch {
    return null
  }
}

/**
 * True when writes may come from this origin: the CMS itself (its own cancel page), or an origin an
 * editor registered on an agency. Asked of the database each time, so a newly added site works at once.
 */
export async function isAllowedOrigin(req: PayloadRequest, context: CatalogContext, origin: string): Promise<boolean> {
  if (selfOrigins(req, context).includes(origin)) return true
  const agencies = await req.payload.find({
    collection: context.slugs.agencies,
    // Editors may have typed a trailing slash; the admin's validation allows it.
    where: { 'allowedOrigins.origin': { in: [origin, `${origin}/`] } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  return agencies.docs.length > 0
}
