import { apiRoutes, validateServiceRequest, type ServiceRequestResult, type ValidServiceRequest } from '@kurskatalog/contract'
import type { Endpoint, Payload } from 'payload'
import { relationTo, type DocId, type ServiceDoc } from '../../catalog/docs.js'
import { inTransaction } from '../../database/transaction.js'
import { mailerFor } from '../../email/mailer.js'
import { enqueueEmail } from '../../email/outbox/enqueueEmail.js'
import { serviceRequestReceipt } from '../../email/serviceRequestEmail.js'
import { openJsonWrite } from '../../guard/openJsonWrite.js'
import type { CatalogContext, CatalogSlugs } from '../../types.js'

async function findPublishedService(payload: Payload, slugs: CatalogSlugs, slug: string): Promise<ServiceDoc | null> {
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) return null
  const found = await payload.find({
    collection: slugs.services,
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  return (found.docs[0] as unknown as ServiceDoc | undefined) ?? null
}

async function findByKey(payload: Payload, slugs: CatalogSlugs, key: string) {
  const found = await payload.find({
    collection: slugs['service-requests'],
    where: { idempotencyKey: { equals: key } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  return (found.docs[0] as unknown as { email: string; service: DocId | { id: DocId } } | undefined) ?? null
}

/** Whether an order stored under this key is the one being retried: same service, same person. */
function isRetryOf(earlier: { email: string; service: DocId | { id: DocId } }, service: ServiceDoc, email: string): boolean {
  const earlierService = typeof earlier.service === 'object' ? earlier.service.id : earlier.service
  return String(earlierService) === String(service.id) && earlier.email === email
}

/** POST an order for a facilitator service: stored with status `new` for the editors, with its receipt queued in the same transaction. */
export function serviceRequestEndpoint(context: CatalogContext): Endpoint {
  return {
    path: apiRoutes.serviceRequests,
    method: 'post',
    handler: async (req) => {
      const opened = await openJsonWrite(req, context, 'service-request')
      if (!opened.ok) return opened.response
      const { write, bodyLocale } = opened
      const service = await findPublishedService(req.payload, context.slugs, String(req.routeParams?.slug ?? ''))
      if (!service) return write.refuse('not-found', { locale: bodyLocale })
      const valid = validateServiceRequest(opened.body)
      if (!valid.ok) return write.refuse('validation', { fields: valid.fields, locale: bodyLocale })
      const request: ValidServiceRequest = valid.value

      const result: ServiceRequestResult = { status: 'new', serviceTitle: service.title, email: request.email }
      const answer = () => {
        const headers = new Headers(write.headers)
        headers.set('Content-Type', 'application/json; charset=utf-8')
        headers.set('Cache-Control', 'no-store')
        return new Response(JSON.stringify(result), { status: 201, headers })
      }
      // A key reused for another order is a client bug: a 201 would confirm an order that was never stored.
      const reused = () => write.refuse('idempotency-key-reused', { locale: request.locale })
      const earlier = await findByKey(req.payload, context.slugs, request.idempotencyKey)
      if (earlier) return isRetryOf(earlier, service, request.email) ? answer() : reused()
      const mailer = mailerFor(req, context)
      try {
        await inTransaction(req.payload, async (inside) => {
          const stored = await req.payload.create({
            collection: context.slugs['service-requests'],
            data: {
              service: relationTo(service.id),
              contactName: request.contactName,
              email: request.email,
              phone: request.phone || undefined,
              agency: request.agency,
              wishedDates: request.wishedDates,
              groupSize: request.groupSize,
              description: request.description,
              status: 'new',
              locale: request.locale,
              sourceOrigin: write.origin,
              idempotencyKey: request.idempotencyKey,
            },
            depth: 0,
            overrideAccess: true,
            req: inside,
          })
          await enqueueEmail(inside, context, mailer, serviceRequestReceipt(service.title, request, stored.id))
        })
      } catch (error) {
        // The same submit raced itself (or another order took its key meanwhile): the first one stored it.
        const twin = await findByKey(req.payload, context.slugs, request.idempotencyKey)
        if (twin) return isRetryOf(twin, service, request.email) ? answer() : reused()
        throw error
      }
      return answer()
    },
  }
}
