import type { Locale } from '@kurskatalog/contract'
import type { DocId } from '../../catalog/docs.js'
import type { RenderedEmail } from '../layout.js'
import type { EmailAttachment, EmailKind } from './queuedEmailDoc.js'

/** An email rendered and addressed, not yet queued: what the email builders return. */
export interface OutgoingEmail {
  kind: EmailKind
  to: string
  email: RenderedEmail
  attachments: EmailAttachment[]
  locale: Locale
  /** The registration or service request it concerns (for the editors, and for retention). */
  registration?: DocId
  serviceRequest?: DocId
  /** The editor's message it is one copy of (see `collections/EditorMessages`). */
  editorMessage?: DocId
}
