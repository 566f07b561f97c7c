import { apiRoutes, type Locale } from '@kurskatalog/contract'
import type { Payload } from 'payload'
import type { RegistrationDoc } from '../seats/registrationDoc.js'
import type { MeetingFacts, SessionFacts } from '../seats/sessionFacts.js'
import { formatMeeting } from './formatWhen.js'
import { renderEmail, type EmailContent, type Fact } from './layout.js'
import type { OutgoingEmail } from './outbox/outgoingEmail.js'
import type { EmailAttachment, EmailKind } from './outbox/queuedEmailDoc.js'
import { sessionInvite } from './sessionInvite.js'
import { emailTexts } from './texts.js'

/** Where emails come from and where their links point. */
export interface Mailer {
  payload: Payload
  /** Public base URL of the CMS, e.g. https://kurs.oslo.kommune.no (no trailing slash). */
  baseUrl: string
}

export const cancelUrl = (mailer: Mailer, token: string): string =>
  `${mailer.baseUrl}${mailer.payload.config.routes.api}${apiRoutes.cancel}?token=${encodeURIComponent(token)}`

/** The waiting-list notice's link: the registration's own cancel token, on a route that only ever ends a waiting-list place. */
export const leaveWaitlistUrl = (mailer: Mailer, token: string): string =>
  `${mailer.baseUrl}${mailer.payload.config.routes.api}${apiRoutes.leaveWaitlist}?token=${encodeURIComponent(token)}`

export const localeOf = (registration: RegistrationDoc): Locale => registration.locale ?? 'nb'

/** One meeting's time, place and online link, the time under `whenLabel` ("Når", "Samling 2"). */
export function meetingFacts(meeting: MeetingFacts, whenLabel: string, locale: Locale): Fact[] {
  const texts = emailTexts[locale]
  const facts: Fact[] = [{ label: whenLabel, value: formatMeeting(meeting.startsAt, meeting.endsAt, locale) }]
  const place = [meeting.placeName, meeting.address].filter(Boolean).join(', ')
  if (place) facts.push({ label: texts.where, value: place })
  if (meeting.onlineUrl) facts.push({ label: texts.online, value: meeting.onlineUrl })
  return facts
}

/** The session's meetings, times and places, as facts in an email. */
export function sessionFacts(session: SessionFacts, locale: Locale): Fact[] {
  const texts = emailTexts[locale]
  const many = session.meetings.length > 1
  return session.meetings.flatMap((meeting, index) => meetingFacts(meeting, many ? texts.meeting(index + 1) : texts.when, locale))
}

/** An email to the person behind a registration, in their language, greeted by name. */
export function addressed(
  kind: EmailKind,
  registration: RegistrationDoc,
  content: Omit<EmailContent, 'locale' | 'greeting' | 'footer'>,
  attachments: EmailAttachment[] = [],
): OutgoingEmail {
  const locale = localeOf(registration)
  const texts = emailTexts[locale]
  const email = renderEmail({ ...content, locale, greeting: texts.greeting(registration.name), footer: texts.footer })
  return { kind, to: registration.email, email, attachments, locale, registration: registration.id }
}

export const cancelAction = (mailer: Mailer, registration: RegistrationDoc, locale: Locale) =>
  registration.cancelToken
    ? { lead: emailTexts[locale].cancelLead, label: emailTexts[locale].cancelLabel, url: cancelUrl(mailer, registration.cancelToken) }
    : undefined

export const leaveAction = (mailer: Mailer, registration: RegistrationDoc, locale: Locale) =>
  registration.cancelToken
    ? { lead: emailTexts[locale].leaveLead, label: emailTexts[locale].leaveLabel, url: leaveWaitlistUrl(mailer, registration.cancelToken) }
    : undefined

/** The session's calendar file as an attachment: every meeting, with stable event ids, so a newer file updates the same events. */
export const invite = (mailer: Mailer, session: SessionFacts): EmailAttachment[] => {
  const file = sessionInvite(session, new URL(mailer.baseUrl).hostname)
  return [{ filename: file.filename, contentType: file.contentType, content: Buffer.from(file.content, 'utf8').toString('base64') }]
}

/** The answer to a new sign-up: confirmation (with the .ics), pending approval, or waiting-list notice. */
export function signupEmail(mailer: Mailer, session: SessionFacts, registration: RegistrationDoc, waitlistPlace: number | null): OutgoingEmail {
  const locale = localeOf(registration)
  const texts = emailTexts[locale]
  const title = session.offering.title
  const facts = sessionFacts(session, locale)
  if (registration.status === 'waitlisted') {
    const action = leaveAction(mailer, registration, locale)
    return addressed('signup-waitlisted', registration, { subject: texts.waitlisted.subject(title), paragraphs: [texts.waitlisted.body(waitlistPlace ?? 1)], facts, action })
  }
  const action = cancelAction(mailer, registration, locale)
  const pending = registration.status === 'pending-approval'
  const kind = pending ? texts.pending : texts.confirmed
  return addressed(pending ? 'signup-pending' : 'signup-confirmed', registration, { subject: kind.subject(title), paragraphs: [kind.body, texts.calendarNote], facts, action }, invite(mailer, session))
}

/** A seat opened and went to this person from the waiting list. */
export function promotionEmail(mailer: Mailer, session: SessionFacts, registration: RegistrationDoc): OutgoingEmail {
  const locale = localeOf(registration)
  const texts = emailTexts[locale]
  const body = registration.status === 'pending-approval' ? texts.promoted.pendingBody : texts.promoted.body
  return addressed(
    'promotion',
    registration,
    { subject: texts.promoted.subject(session.offering.title), paragraphs: [body, texts.calendarNote], facts: sessionFacts(session, locale), action: cancelAction(mailer, registration, locale) },
    invite(mailer, session),
  )
}

/** Receipt for a cancellation made through the cancel link. */
export function cancellationEmail(session: SessionFacts, registration: RegistrationDoc): OutgoingEmail {
  const texts = emailTexts[localeOf(registration)]
  return addressed('cancellation', registration, {
    subject: texts.cancelled.subject(session.offering.title),
    paragraphs: [texts.cancelled.body],
    facts: sessionFacts(session, localeOf(registration)),
  })
}

/** Receipt for leaving the waiting list through the waiting-list email's link. */
export function waitlistLeftEmail(session: SessionFacts, registration: RegistrationDoc): OutgoingEmail {
  const texts = emailTexts[localeOf(registration)]
  return addressed('waitlist-left', registration, {
    subject: texts.leftWaitlist.subject(session.offering.title),
    paragraphs: [texts.leftWaitlist.body],
    facts: sessionFacts(session, localeOf(registration)),
  })
}

/** The editors cancelled the whole session. */
export function sessionCancelledEmail(session: SessionFacts, registration: RegistrationDoc): OutgoingEmail {
  const texts = emailTexts[localeOf(registration)]
  return addressed('session-cancelled', registration, {
    subject: texts.sessionCancelled.subject(session.offering.title),
    paragraphs: [texts.sessionCancelled.body],
    facts: sessionFacts(session, localeOf(registration)),
  })
}
