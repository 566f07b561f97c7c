import type { PayloadHandler, PayloadRequest } from 'payload'
import { errorResponse } from '../../http/errorResponse.js'
import { requestLocale } from '../../http/requestLocale.js'
import type { CatalogContext } from '../../types.js'

/** Reads are open to every site, so even an error must be readable by the widget that asked. */
export const publicHeaders = { 'Access-Control-Allow-Origin': '*' } as const

export const notFound = (req: PayloadRequest): Response => errorResponse('not-found', requestLocale(req), { headers: publicHeaders })

/**
 * Wraps a public read: any unexpected failure becomes the API's one error shape (code `internal`)
 * instead of Payload's own, and is logged for the operators.
 */
export function publicRead(context: Pick<CatalogContext, 'clock'>, handler: (req: PayloadRequest, now: Date) => Promise<Response>): PayloadHandler {
  return async (req) => {
    try {
      return await handler(req, context.clock())
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `catalogue read failed: ${req.url ?? ''}` })
      return errorResponse('internal', requestLocale(req), { headers: publicHeaders })
    }
  }
}

/** A route parameter as the router decoded it. */
export const routeParam = (req: PayloadRequest, name: string): string => {
  const value = req.routeParams?.[name]
  return typeof value === 'string' ? value : ''
}

/** The origin links in calendar files point at: the configured public URL, else Payload's serverURL, else the request's own. */
export function publicOrigin(req: PayloadRequest, configured: string | undefined): string {
  const base = configured || req.payload.config.serverURL || (req.url ? new URL(req.url).origin : '')
  return base.replace(/\/+$/, '')
}
