import type { Locale } from '@kurskatalog/contract'
import type { RegistrationDoc } from '../seats/registrationDoc.js'
import type { SessionFacts } from '../seats/sessionFacts.js'
import { formatDay } from './formatWhen.js'
import { renderEmail } from './layout.js'
import type { OutgoingEmail } from './outbox/outgoingEmail.js'
import { cancelUrl, invite, meetingFacts, type Mailer } from './registrationEmails.js'
import { emailTexts } from './texts.js'

/** Who a reminder goes to: the participant, or someone sent a copy (no cancel link: it is the participant's own). */
export type ReminderRecipient = { to: 'participant' } | { to: 'copy'; email: string; name?: string }

export interface RemindedMeeting {
  session: SessionFacts
  /** Index into `session.meetings`. */
  index: number
  /** An earlier reminder named another time for this meeting. */
  moved: boolean
}

/**
 * The reminder before one meeting, in the participant's language: which course (or which gathering of a
 * programme), its time and place or online link, what to do, the session's calendar file and the
 * cancel link. A copy to another address (a leader) says whose reminder it is and carries no cancel link.
 */
export function reminderEmail(mailer: Mailer, { session, index, moved }: RemindedMeeting, registration: RegistrationDoc, recipient: ReminderRecipient = { to: 'participant' }): OutgoingEmail {
  const locale: Locale = registration.locale ?? 'nb'
  const texts = emailTexts[locale]
  const meeting = session.meetings[index]
  if (!meeting) throw new Error(`kurskatalog: session ${session.id} has no meeting ${index + 1}`)
  const programme = session.offering.kind === 'programme'
  const many = session.meetings.length > 1
  const paragraphs = [
    ...(recipient.to === 'copy' ? [texts.reminder.copyOf(registration.name)] : []),
    programme ? texts.reminder.gatheringBody(index + 1, session.meetings.length) : texts.reminder.courseBody,
    ...(moved ? [texts.reminder.moved] : []),
    ...(meeting.placeName || meeting.address ? [texts.reminder.inPerson] : []),
    ...(meeting.onlineUrl ? [texts.reminder.online] : []),
    texts.calendarNote,
  ]
  const token = recipient.to === 'participant' ? registration.cancelToken : null
  const email = renderEmail({
    locale,
    subject: texts.reminder.subject(session.offering.title, formatDay(meeting.startsAt, locale)),
    greeting: texts.greeting(recipient.to === 'copy' ? (recipient.name ?? '') : registration.name).replace(/ ,$/, ','),
    paragraphs,
    facts: meetingFacts(meeting, many ? texts.meeting(index + 1) : texts.when, locale),
    action: token ? { lead: programme ? texts.reminder.programmeCancelLead : texts.cancelLead, label: texts.cancelLabel, url: cancelUrl(mailer, token) } : undefined,
    footer: texts.footer,
  })
  return {
    kind: 'reminder',
    to: recipient.to === 'copy' ? recipient.email : registration.email,
    email,
    attachments: invite(mailer, session),
    locale,
    registration: registration.id,
  }
}
