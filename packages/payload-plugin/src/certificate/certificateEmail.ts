import { addressed, localeOf } from '../email/registrationEmails.js'
import type { OutgoingEmail } from '../email/outbox/outgoingEmail.js'
import { emailTexts } from '../email/texts.js'
import type { RegistrationDoc } from '../seats/registrationDoc.js'
import type { SessionFacts } from '../seats/sessionFacts.js'
import { certificateFileName } from './certificateFileName.js'
import { certificateHours, formatHours } from './certificateHours.js'

/** The certificate to the participant who completed: what it is and what to do with it, the PDF attached. */
export function certificateEmail(session: SessionFacts, registration: RegistrationDoc, pdf: Buffer): OutgoingEmail {
  const locale = localeOf(registration)
  const texts = emailTexts[locale].certificate
  const title = session.offering.title
  return addressed(
    'certificate',
    registration,
    {
      subject: texts.subject(title),
      paragraphs: [texts.body(title), texts.keep],
      facts: [{ label: texts.hoursLabel, value: formatHours(certificateHours(session.meetings), locale) }],
    },
    [{ filename: certificateFileName(registration.name, session), contentType: 'application/pdf', content: pdf.toString('base64') }],
  )
}
