import type { PayloadRequest } from 'payload'
import { selfOrigins } from '../guard/allowedOrigin.js'
import type { Mailer } from './registrationEmails.js'
import type { CatalogContext } from '../types.js'

/** The mailer for emails sent while answering `req`; links point at the public URL (or this CMS's own). */
export function mailerFor(req: PayloadRequest, context: CatalogContext): Mailer {
  const base = context.publicUrl || req.payload.config.serverURL || selfOrigins(req, context)[0] || ''
  return { payload: req.payload, baseUrl: base.replace(/\/$/, '') }
}
