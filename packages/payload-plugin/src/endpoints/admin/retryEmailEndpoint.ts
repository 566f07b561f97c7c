import type { Endpoint, PayloadRequest } from 'payload'
import { toStoredId } from '../../catalog/storedId.js'
import { retryFailedEmail } from '../../email/outbox/retryFailedEmail.js'
import type { CatalogContext } from '../../types.js'

/** `/api/queued-emails/:id/retry`, relative to the collection. */
export const retryEmailPath = '/:id/retry'

const texts = {
  nb: {
    forbidden: 'Bare redaktører kan sende e-post på nytt.',
    'not-found': 'Fant ikke e-posten.',
    'not-failed': 'Bare e-post som har feilet, kan prøves igjen. Last siden på nytt for å se status nå.',
  },
  en: {
    forbidden: 'Only editors can send an email again.',
    'not-found': 'The email was not found.',
    'not-failed': 'Only a failed email can be tried again. Reload the page to see its status now.',
  },
} as const
type Reason = keyof (typeof texts)['nb']
const statusOf: Record<Reason, number> = { forbidden: 403, 'not-found': 404, 'not-failed': 409 }

/** Payload's own error shape, as the admin reads it. */
const refusal = (req: PayloadRequest, reason: Reason): Response =>
  Response.json({ errors: [{ message: (req.i18n?.language === 'en' ? texts.en : texts.nb)[reason] }] }, { status: statusOf[reason], headers: { 'Cache-Control': 'no-store' } })

/**
 * POST on a failed queued email (the "Prøv igjen" button on it in the admin): puts it back in the outbox
 * for one more attempt (see `retryFailedEmail`). Editors only; 409 for an email that is not failed.
 */
export function retryEmailEndpoint(context: CatalogContext): Endpoint {
  return {
    path: retryEmailPath,
    method: 'post',
    handler: async (req) => {
      if (!context.isEditor(req)) return refusal(req, 'forbidden')
      const collection = context.slugs['queued-emails']
      const id = toStoredId(req.payload, collection, String(req.routeParams?.id ?? ''))
      const email = id === null ? null : await req.payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true })
      if (id === null || !email) return refusal(req, 'not-found')
      if (!(await retryFailedEmail(req.payload, context, id))) return refusal(req, 'not-failed')
      return Response.json({ status: 'queued' }, { headers: { 'Cache-Control': 'no-store' } })
    },
  }
}
