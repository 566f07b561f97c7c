import type { OutgoingEmail } from '../email/outbox/outgoingEmail.js'

/** An email as the preview shows it: the address, the subject, and the very text and HTML the outbox would store. */
export interface EmailPreview {
  to: string
  subject: string
  text: string
  html: string
}

export const emailPreview = (outgoing: OutgoingEmail): EmailPreview => ({ to: outgoing.to, subject: outgoing.email.subject, text: outgoing.email.text, html: outgoing.email.html })
