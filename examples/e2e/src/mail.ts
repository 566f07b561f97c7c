import type { MailMessage, MailSink } from '@kurskatalog/test-support'

/** The first email to `address` whose subject starts with `subject`, waiting up to `timeoutMs` for it. */
export function mailTo(sink: MailSink, address: string, subject: string, timeoutMs = 30_000): Promise<MailMessage> {
  const wanted = address.toLowerCase()
  return sink.waitFor(
    (message) => message.to.some((to) => to.toLowerCase() === wanted) && message.subject.startsWith(subject),
    timeoutMs,
  )
}

/** The cancel link in an email's text part, or null. */
export function cancelLinkIn(message: MailMessage): string | null {
  return /https?:\/\/[^\s<>"]+\/catalog\/v1\/cancel\?token=[^\s<>")]+/.exec(message.text)?.[0] ?? null
}

/** The calendar file attached to an email: its name and text, or null. */
export function calendarIn(message: MailMessage): { filename: string; text: string } | null {
  const attachment = message.attachments.find(
    (candidate) => candidate.contentType.startsWith('text/calendar') || candidate.filename?.endsWith('.ics'),
  )
  if (!attachment) return null
  return { filename: attachment.filename ?? '', text: Buffer.from(attachment.content, 'base64').toString('utf8') }
}
