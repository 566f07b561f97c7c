import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { kurskatalog } from '@kurskatalog/payload-plugin'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { nb } from '@payloadcms/translations/languages/nb'
import { buildConfig } from 'payload'
import { Media } from './collections/Media.js'
import { Users } from './collections/Users.js'
import { clockFromEnv } from './clock.js'
import { databaseFromEnv } from './database.js'
import { emailFromEnv } from './email.js'
import { catalogJobsQueue, jobsFromEnv, outboxFromEnv, remindersFromEnv, retentionDaysFromEnv, seatReconciliationFromEnv } from './jobs.js'
import { seedOnFirstStart } from './seed/seedOnFirstStart.js'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const serverURL = process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 3000}`

export default buildConfig({
  serverURL,
  secret: process.env.PAYLOAD_SECRET ?? '',
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' – Kurskatalog' },
    // Gravatar would send a hash of every editor's email to a third party, and the network may not reach it.
    avatar: 'default',
  },
  i18n: { supportedLanguages: { nb, en }, fallbackLanguage: 'nb' },
  collections: [Users, Media],
  editor: lexicalEditor(),
  db: databaseFromEnv(),
  email: emailFromEnv(),
  jobs: jobsFromEnv(),
  plugins: [
    kurskatalog({
      publicUrl: serverURL,
      emailFrom: process.env.EMAIL_FROM_ADDRESS,
      jobsQueue: catalogJobsQueue,
      seatReconciliation: seatReconciliationFromEnv(),
      outbox: outboxFromEnv(),
      retentionDays: retentionDaysFromEnv(),
      reminders: remindersFromEnv(),
      clock: clockFromEnv(),
    }),
  ],
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  telemetry: false,
  onInit: seedOnFirstStart,
})
