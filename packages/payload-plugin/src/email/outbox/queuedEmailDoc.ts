import type { Locale } from '@kurskatalog/contract'
import type { DocId } from '../../catalog/docs.js'

/** What each queued email is, for the editors' list and for retention. */
export const emailKinds = [
  'signup-confirmed',
  'signup-pending',
  'signup-waitlisted',
  'promotion',
  'cancellation',
  'waitlist-left',
  'session-cancelled',
  'service-request-receipt',
  'approval-request',
  'approval-confirmed',
  'approval-leader-copy',
  'approval-declined',
  'approval-expired',
  'reminder',
  'editor-message',
  'service-request-reply',
  'certificate',
] as const
export type EmailKind = (typeof emailKinds)[number]

/** queued → sending → sent; an SMTP error puts it back to queued until the last attempt, then failed. */
export const emailStatuses = ['queued', 'sending', 'sent', 'failed'] as const
export type EmailStatus = (typeof emailStatuses)[number]

export interface EmailAttachment {
  filename: string
  contentType: string
  /** The file's bytes, base64. */
  content: string
}

/** A queued email as stored (depth 0). Personal data (address, name in the text): editors only. */
export interface QueuedEmailDoc {
  id: DocId
  to: string
  subject: string
  html: string
  text: string
  attachments?: EmailAttachment[] | null
  messageId: string
  kind: EmailKind
  status: EmailStatus
  attempts: number
  lastError?: string | null
  claimedAt?: string | null
  sentAt?: string | null
  locale?: Locale | null
}
