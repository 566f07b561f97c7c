import type { Payload } from 'payload'
import type { RenderedEmail } from './layout.js'

export interface Attachment {
  filename: string
  content: string
  contentType: string
}

/**
 * Sends through the host's Payload email adapter. A failed send is logged, not thrown: a sign-up that
 * holds its seat must not be reported as failed because the mail server was down.
 */
export async function sendEmail(
  payload: Payload,
  from: string | undefined,
  to: string,
  email: RenderedEmail,
  attachments: Attachment[] = [],
): Promise<boolean> {
  try {
    await payload.sendEmail({
      ...(from ? { from } : {}),
      to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      ...(attachments.length > 0 ? { attachments } : {}),
    })
    return true
  } catch (error) {
    payload.logger.error({ err: error, msg: `kurskatalog: could not send "${email.subject}"` })
    return false
  }
}
