import { locales, type EditorMessage, type Locale, type ReplyStep, type ServiceRequestStatus } from '@kurskatalog/contract'
import type { PayloadRequest } from 'payload'
import { refId, type DocId, type ServiceDoc } from '../catalog/docs.js'
import type { Requester } from '../email/editorMessageEmails.js'
import { emailTexts } from '../email/texts.js'
import type { CatalogContext } from '../types.js'

/** A service request as a reply to it needs it (depth 0). */
export interface ServiceRequestDoc {
  id: DocId
  service: DocId | { id: DocId } | null
  contactName: string
  email: string
  status: ServiceRequestStatus
  locale?: string | null
  anonymisedAt?: string | null
}

/** The request's language for email: its own, else bokmål. */
export const requestLocale = (request: Pick<ServiceRequestDoc, 'locale'>): Locale => ((locales as readonly unknown[]).includes(request.locale) ? (request.locale as Locale) : 'nb')

export const requesterOf = (request: ServiceRequestDoc): Requester => ({ id: request.id, contactName: request.contactName, email: request.email, locale: requestLocale(request) })

/** The title of the service a request orders, read past access control (a draft's too: the editor is replying). */
export async function serviceTitleOf(req: PayloadRequest, context: CatalogContext, request: Pick<ServiceRequestDoc, 'service'>): Promise<string> {
  const id = refId(request.service)
  if (id === null) return ''
  const service = (await req.payload
    .findByID({ collection: context.slugs.services, id, depth: 0, draft: true, overrideAccess: true, disableErrors: true, req })
    .catch(() => null)) as ServiceDoc | null
  return service?.title ?? ''
}

/** The text an editor's message for `step` starts from, in the request's language. */
export const stepMessageDraft = (step: ReplyStep, locale: Locale, serviceTitle: string): EditorMessage => {
  const texts = emailTexts[locale].serviceRequestReply[step]
  return { subject: texts.subject(serviceTitle), body: texts.body(serviceTitle) }
}
