/** A message as the mail sink stores it; its own file, so the sink and its HTML views share it without importing each other. */
export interface MailAttachment {
  filename: string | null;
  contentType: string;
  size: number;
  /** The attachment's bytes, base64. */
  content: string;
  contentId: string | null;
}

export interface MailMessage {
  id: string;
  /** The From header as text, e.g. `Kurskatalog <noreply@example.no>`. */
  from: string;
  /** Addresses in the To header. */
  to: string[];
  /** Addresses in the Cc header. */
  cc: string[];
  /** SMTP envelope: MAIL FROM and every RCPT TO (this is where Bcc recipients show). */
  envelope: { from: string | null; to: string[] };
  subject: string;
  text: string;
  html: string | null;
  /** The Date header (ISO 8601), or the time received if it had none. */
  date: string;
  /** When the sink received it (ISO 8601). */
  receivedAt: string;
  messageId: string | null;
  attachments: MailAttachment[];
}
