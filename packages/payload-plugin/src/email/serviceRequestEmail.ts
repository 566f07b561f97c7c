import type { ValidServiceRequest } from '@kurskatalog/contract'
import { renderEmail } from './layout.js'
import type { DocId } from '../catalog/docs.js'
import type { OutgoingEmail } from './outbox/outgoingEmail.js'
import { emailTexts } from './texts.js'

/** Receipt for a service request, repeating what was asked so the requester can check it. */
export function serviceRequestReceipt(serviceTitle: string, request: ValidServiceRequest, serviceRequest: DocId): OutgoingEmail {
  const texts = emailTexts[request.locale]
  const email = renderEmail({
    locale: request.locale,
    subject: texts.serviceRequest.subject(serviceTitle),
    greeting: texts.greeting(request.contactName),
    paragraphs: [texts.serviceRequest.body],
    facts: [
      { label: texts.serviceRequest.wishedDates, value: request.wishedDates },
      { label: texts.serviceRequest.groupSize, value: String(request.groupSize) },
      { label: texts.serviceRequest.description, value: request.description },
    ],
    footer: texts.footer,
  })
  return { kind: 'service-request-receipt', to: request.email, email, attachments: [], locale: request.locale, serviceRequest }
}
