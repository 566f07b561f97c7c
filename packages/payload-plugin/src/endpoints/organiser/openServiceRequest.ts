import type { PayloadRequest } from 'payload'
import { toStoredId } from '../../catalog/storedId.js'
import { adminRefusal } from '../../http/adminRefusal.js'
import { readQuery, type QueryRules } from '../../http/readQuery.js'
import type { ServiceRequestDoc } from '../../messages/serviceRequestReply.js'
import { messageTexts, type MessageLanguage } from '../../messages/texts.js'
import { organiserLanguage } from '../../organiser/texts.js'
import type { CatalogContext } from '../../types.js'

export type OpenedServiceRequest =
  | { ok: true; request: ServiceRequestDoc; language: MessageLanguage; query: Map<string, string> }
  | { ok: false; response: Response }

/**
 * What a service request's message endpoints do first: editors only (401 without a login, 403 for anyone else),
 * only the query parameters they know (400), and a request that exists (404). Nothing is read before the login.
 */
export async function openServiceRequest(req: PayloadRequest, context: CatalogContext, rules: QueryRules): Promise<OpenedServiceRequest> {
  const language = organiserLanguage(req)
  const refusals = messageTexts[language].refusals
  if (!req.user) return { ok: false, response: adminRefusal(401, refusals.unauthorised) }
  if (!context.isEditor(req)) return { ok: false, response: adminRefusal(403, refusals.forbidden) }
  const query = readQuery(req, rules)
  if (!query) return { ok: false, response: adminRefusal(400, refusals.query) }
  const slug = context.slugs['service-requests']
  const id = toStoredId(req.payload, slug, String(req.routeParams?.id ?? ''))
  const request =
    id === null ? null : ((await req.payload.findByID({ collection: slug, id, depth: 0, overrideAccess: true, disableErrors: true, joins: false, req })) as unknown as ServiceRequestDoc | null)
  if (!request) return { ok: false, response: adminRefusal(404, refusals.notFound) }
  return { ok: true, request, language, query }
}
