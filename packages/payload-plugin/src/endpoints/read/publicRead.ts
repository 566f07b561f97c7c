import type { Payload, PayloadHandler, PayloadRequest } from 'payload'
import { errorResponse } from '../../http/errorResponse.js'
import type { PublicRequest } from '../../http/publicRequest.js'
import { requestLocale } from '../../http/requestLocale.js'
import type { CatalogContext } from '../../types.js'

/** Reads are open to every site, so even an error must be readable by the widget that asked. */
export const publicHeaders = { 'Access-Control-Allow-Origin': '*' } as const

export const notFound = (req: PublicRequest): Response => errorResponse('not-found', requestLocale(req), { headers: publicHeaders })

/**
 * Answers a public read: any unexpected failure becomes the API's one error shape (code `internal`)
 * instead of Payload's own (or Next's), and is logged for the operators.
 */
export async function answerPublicly(payload: Payload, request: PublicRequest, url: string, answer: () => Promise<Response> | Response): Promise<Response> {
  try {
    return await answer()
  } catch (error) {
    payload.logger.error({ err: error, msg: `catalogue read failed: ${url}` })
    return errorResponse('internal', requestLocale(request), { headers: publicHeaders })
  }
}

/** A public read as a Payload endpoint's handler, given the catalogue's time. */
export function publicRead(context: Pick<CatalogContext, 'clock'>, handler: (req: PayloadRequest, now: Date) => Promise<Response>): PayloadHandler {
  return (req) => answerPublicly(req.payload, req, req.url ?? '', () => handler(req, context.clock()))
}

/** A route parameter as the router decoded it. */
export const routeParam = (req: PayloadRequest, name: string): string => {
  const value = req.routeParams?.[name]
  return typeof value === 'string' ? value : ''
}

/** The configured public origin of the catalogue's pages: the plugin's `publicUrl`, else Payload's serverURL; '' when neither is set. */
export function configuredOrigin(payload: Payload, configured: string | undefined): string {
  return (configured || payload.config.serverURL || '').replace(/\/+$/, '')
}

/** The origin links in calendar files point at: the configured public URL, else Payload's serverURL, else the request's own. */
export function publicOrigin(req: PayloadRequest, configured: string | undefined): string {
  return configuredOrigin(req.payload, configured) || (req.url ? new URL(req.url).origin : '')
}
