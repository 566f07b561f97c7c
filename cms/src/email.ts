import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

/** SMTP when SMTP_HOST is set (the local mail catcher in `pnpm start`, the agency's relay in production); else Payload logs emails. */
export function emailFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<EmailAdapter> | undefined {
  if (!env.SMTP_HOST) return undefined
  return nodemailerAdapter({
    defaultFromAddress: env.EMAIL_FROM_ADDRESS ?? 'kurs@example.org',
    defaultFromName: env.EMAIL_FROM_NAME ?? 'Kurskatalogen',
    skipVerify: true,
    transportOptions: {
      host: env.SMTP_HOST,
      port: Number(env.SMTP_PORT ?? 587),
      secure: env.SMTP_SECURE === 'true',
      ignoreTLS: env.SMTP_SECURE !== 'true' && env.SMTP_STARTTLS !== 'true',
      auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } : undefined,
    },
  })
}
