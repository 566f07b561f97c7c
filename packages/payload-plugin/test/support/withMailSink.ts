import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { MailSink } from '@kurskatalog/test-support'
import type { Plugin } from 'payload'

/** Sends the test app's email to a real SMTP sink, through Payload's own nodemailer adapter. */
export function emailToSink(sink: MailSink): Plugin {
  return (config) => ({
    ...config,
    email: nodemailerAdapter({
      defaultFromAddress: 'kurs@uke.example.org',
      defaultFromName: 'UKE Kurskatalog',
      transportOptions: { host: sink.host, port: sink.smtpPort, secure: false, ignoreTLS: true },
    }),
  })
}
