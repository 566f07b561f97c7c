import type { PayloadRequest } from 'payload'
import { currentCatalog } from '../catalog/readModel/catalogReadModel.js'
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
 * editor registered on an agency. Read from the catalogue's read model, which every change to an
 * agency bumps: a site added on this instance works at once, one added on another within the read
 * model's check interval — and a sign-up costs no query for it.
 */
export async function isAllowedOrigin(req: PayloadRequest, context: CatalogContext, origin: string): Promise<boolean> {
  if (selfOrigins(req, context).includes(origin)) return true
  return (await currentCatalog(req.payload, context)).allowedOrigins.has(origin)
}
