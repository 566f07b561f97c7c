import type { EditorMessage } from '@kurskatalog/contract'
import type { DocId } from '../catalog/docs.js'
import type { RegistrationDoc } from '../seats/registrationDoc.js'
import type { SessionFacts } from '../seats/sessionFacts.js'
import { renderEmail } from './layout.js'
import type { OutgoingEmail } from './outbox/outgoingEmail.js'
import { addressed, cancelAction, leaveAction, localeOf, sessionFacts, type Mailer } from './registrationEmails.js'
import { emailTexts } from './texts.js'

/** An editor's plain text as paragraphs: a blank line starts a new one, a single line break stays inside it. */
export const messageParagraphs = (body: string): string[] =>
  body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)

/**
 * An editor's message to one person on a session, in their language: greeted by name, the editor's text, what
 * it concerns (the course, its times and places) and the link that person's place has — the cancel link for a
 * seat, the leave link on the waiting list, none once the session is marked attended or no-show.
 */
export function sessionMessageEmail(mailer: Mailer, session: SessionFacts, registration: RegistrationDoc, message: EditorMessage): OutgoingEmail {
  const locale = localeOf(registration)
  const action =
    registration.status === 'waitlisted'
      ? leaveAction(mailer, registration, locale)
      : registration.status === 'confirmed' || registration.status === 'pending-approval'
        ? cancelAction(mailer, registration, locale)
        : undefined
  return addressed('editor-message', registration, {
    subject: message.subject,
    paragraphs: messageParagraphs(message.body),
    facts: [{ label: emailTexts[locale].editorMessage.about, value: session.offering.title }, ...sessionFacts(session, locale)],
    action,
  })
}

/** Who ordered a service, as the reply to them needs it. */
export interface Requester {
  id: DocId
  contactName: string
  email: string
  locale: OutgoingEmail['locale']
}

/** An editor's message to whoever ordered a service, in the request's language. */
export function serviceRequestReplyEmail(requester: Requester, serviceTitle: string, message: EditorMessage): OutgoingEmail {
  const texts = emailTexts[requester.locale]
  const email = renderEmail({
    locale: requester.locale,
    subject: message.subject,
    greeting: texts.greeting(requester.contactName),
    paragraphs: messageParagraphs(message.body),
    facts: [{ label: texts.editorMessage.about, value: serviceTitle }],
    footer: texts.footer,
  })
  return { kind: 'service-request-reply', to: requester.email, email, attachments: [], locale: requester.locale, serviceRequest: requester.id }
}
