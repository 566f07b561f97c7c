// `pnpm start`: builds what is out of date, starts the whole stack, prints where everything is, stops it all on Ctrl+C.
import { startStack } from './startStack.js'

const port = (name: string, fallback: number) => Number(process.env[name] ?? fallback)

// The CMS's own variables choose its database, as they do for `next start`.
const databaseEnv: Record<string, string> | undefined = process.env.DATABASE_URI
  ? { DATABASE_URI: process.env.DATABASE_URI }
  : process.env.SQLITE_PATH
    ? { SQLITE_PATH: process.env.SQLITE_PATH }
    : undefined

console.log('Starter kurskatalogen. Første gang bygges widgetene og CMS-et; det tar et par minutter …')
const stack = await startStack({
  ports: {
    cms: port('KK_CMS_PORT', 3000),
    agencySite: port('KK_AGENCY_SITE_PORT', 4000),
    strictCspSite: port('KK_STRICT_CSP_SITE_PORT', 4001),
    smtp: port('KK_SMTP_PORT', 1025),
    inbox: port('KK_INBOX_PORT', 1080),
  },
  ...(databaseEnv ? { database: { env: databaseEnv } } : {}),
  log: process.env.KK_LOG === '1',
}).catch((error: unknown) => {
  console.error(`\nKunne ikke starte: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})

console.log(`
Kurskatalogen kjører.

  Kurskatalogen       ${stack.urls.catalogue}
  Administrasjon      ${stack.urls.admin}
                      e-post ${stack.admin.email}, passord ${stack.admin.password}
  Bydel Gamle Oslo    ${stack.urls.agencySite}   (eksempelside med widgetene)
  Streng CSP          ${stack.urls.strictCspSite}   (de samme widgetene under streng Content-Security-Policy)
  E-postinnboks       ${stack.urls.inbox}   (all e-post fra kurskatalogen havner her)

Stopp alt med Ctrl+C.
`)

let stoppingSince = 0
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stoppingSince) {
      // Wrappers (pnpm, tsx) pass the same Ctrl+C on again a moment later: only a later one means "now".
      // Exiting still stops the CMS: test-support kills its process group when this process exits.
      if (Date.now() - stoppingSince > 1000) process.exit(130)
      return
    }
    stoppingSince = Date.now()
    console.log('\nStopper …')
    void stack.stop().then(() => {
      console.log('Stoppet.')
      process.exit(0)
    })
  })
}
