import { apiRoutes, type ApprovalCancelReason, type ApprovalDecision } from '@kurskatalog/contract'
import type { RegistrationDoc } from '../seats/registrationDoc.js'
import type { SessionFacts } from '../seats/sessionFacts.js'
import { formatInstant } from './formatWhen.js'
import { renderEmail } from './layout.js'
import type { OutgoingEmail } from './outbox/outgoingEmail.js'
import { addressed, cancelAction, invite, localeOf, sessionFacts, type Mailer } from './registrationEmails.js'
import { emailTexts } from './texts.js'

/** A leader's link: it opens a page that asks, and only the page's button decides. */
export const approvalUrl = (mailer: Mailer, token: string, decision: ApprovalDecision): string =>
  `${mailer.baseUrl}${mailer.payload.config.routes.api}${apiRoutes.approval}?token=${encodeURIComponent(token)}&decision=${decision}`

/** To the leader (in the participant's language: the catalogue knows no other): who signed up, until when the seat is held, Godkjenn / Avslå. */
export function approvalRequestEmail(mailer: Mailer, session: SessionFacts, registration: RegistrationDoc & { leaderEmail: string; approvalToken: string }): OutgoingEmail {
  const locale = localeOf(registration)
  const texts = emailTexts[locale]
  const ask = texts.approvalRequest
  const title = session.offering.title
  const paragraphs = [ask.body(registration.name, registration.email, registration.agency, title)]
  if (registration.approvalHoldUntil) paragraphs.push(ask.deadline(formatInstant(registration.approvalHoldUntil, locale)))
  const email = renderEmail({
    locale,
    subject: ask.subject(registration.name, title),
    greeting: texts.leaderGreeting,
    paragraphs,
    facts: sessionFacts(session, locale),
    choices: {
      lead: ask.lead,
      links: [
        { label: ask.approve, url: approvalUrl(mailer, registration.approvalToken, 'approve') },
        { label: ask.decline, url: approvalUrl(mailer, registration.approvalToken, 'decline') },
      ],
    },
    footer: texts.footer,
  })
  return { kind: 'approval-request', to: registration.leaderEmail, email, attachments: [], locale, registration: registration.id }
}

/** The leader approved: the participant's confirmation (calendar file, cancel link) and the leader's copy of it. */
export function approvalConfirmedEmails(mailer: Mailer, session: SessionFacts, registration: RegistrationDoc): OutgoingEmail[] {
  const locale = localeOf(registration)
  const texts = emailTexts[locale]
  const title = session.offering.title
  const facts = sessionFacts(session, locale)
  const confirmation = addressed(
    'approval-confirmed',
    registration,
    { subject: texts.approved.subject(title), paragraphs: [texts.approved.body, texts.calendarNote], facts, action: cancelAction(mailer, registration, locale) },
    invite(mailer, session),
  )
  if (!registration.leaderEmail) return [confirmation]
  const copy = renderEmail({
    locale,
    subject: texts.leaderCopy.subject(title),
    greeting: texts.leaderGreeting,
    paragraphs: [texts.leaderCopy.body(registration.name), texts.approved.body],
    facts,
    footer: texts.footer,
  })
  return [confirmation, { kind: 'approval-leader-copy', to: registration.leaderEmail, email: copy, attachments: [], locale, registration: registration.id }]
}

/** The place held for approval ended: declined by the leader (or an editor for them), or the hold ran out. */
export function approvalEndedEmail(session: SessionFacts, registration: RegistrationDoc, reason: ApprovalCancelReason): OutgoingEmail {
  const locale = localeOf(registration)
  const texts = emailTexts[locale]
  const words = reason === 'declined' ? texts.declined : texts.approvalExpired
  return addressed(reason === 'declined' ? 'approval-declined' : 'approval-expired', registration, {
    subject: words.subject(session.offering.title),
    paragraphs: [words.body],
    facts: sessionFacts(session, locale),
  })
}
