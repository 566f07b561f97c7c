import type { ValidServiceRequest } from '@kurskatalog/contract'
import { renderEmail } from './layout.js'
import type { Mailer } from './registrationEmails.js'
import { sendEmail } from './send.js'
import { emailTexts } from './texts.js'

/** Receipt for a service request, repeating what was asked so the requester can check it. */
export function sendServiceRequestReceipt(mailer: Mailer, serviceTitle: string, request: ValidServiceRequest) {
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
  return sendEmail(mailer.payload, mailer.from, request.email, email)
}
