import { serveAgencySite } from '@kurskatalog/agency-site/server'
import { serveStrictSite } from '@kurskatalog/strict-csp-site/server'
import { freePort, startBuiltCms, startMailSink, type BuiltCms, type CmsDatabase, type MailSink } from '@kurskatalog/test-support'
import { buildIfStale, cmsBuild, widgetsBuild } from './builds.js'
import { ensurePayloadSecret } from './payloadSecret.js'
import { assertPortFree } from './ports.js'
import { cmsDir } from './repo.js'

export interface StackPorts {
  cms: number
  agencySite: number
  strictCspSite: number
  smtp: number
  inbox: number
}

export interface StartStackOptions {
  /** Ports to listen on; 0 or left out means any free port. `pnpm start` uses 3000, 4000, 4001, 1025, 1080. */
  ports?: Partial<StackPorts>
  /**
   * The CMS's database, as test-support's `cmsSqliteDatabase()` / `cmsMongoDatabase()` give it
   * (only its `env` is used; stopping it stays with the caller). Default: the CMS's own `cms/kurskatalog.db`.
   */
  database?: Pick<CmsDatabase, 'env'>
  /** Build the widgets and the CMS when missing or out of date (default), always, or never. */
  build?: 'if-stale' | 'always' | 'never'
  /** More environment for the CMS process, e.g. `{ KK_SEED: 'false' }`. */
  cmsEnv?: Record<string, string>
  /** Print build and CMS output to stderr. Default false (a failure still reports the last lines). */
  log?: boolean
}

export interface Stack {
  ports: StackPorts
  urls: {
    cms: string
    admin: string
    /** The catalogue's own public pages. */
    catalogue: string
    agencySite: string
    strictCspSite: string
    inbox: string
  }
  /** The demo admin the seed creates. */
  admin: { email: string; password: string }
  /** Every email the CMS sends lands here. */
  mailSink: MailSink
  /** What the CMS printed so far (the current process, if it was restarted). */
  cmsOutput(): string
  /** Stops only the CMS, e.g. to see the widgets' offline state. */
  stopCms(): Promise<void>
  /** Starts the CMS again on the same port and database. */
  startCms(): Promise<void>
  /** Stops everything this call started. */
  stop(): Promise<void>
}

/** Origins a browser may use for a site: localhost and 127.0.0.1 are different origins to it. */
const originsOf = (port: number) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`]

/**
 * Everything a new user needs to see the product: the built CMS with demo content, both example
 * sites, and a mail sink with a web inbox, wired to each other. Used by `pnpm start` and the e2e tests.
 */
export async function startStack(options: StartStackOptions = {}): Promise<Stack> {
  const ports = options.ports ?? {}
  const secret = await ensurePayloadSecret(cmsDir)
  if (options.build !== 'never') {
    const env = { ...process.env, PAYLOAD_SECRET: secret, NEXT_TELEMETRY_DISABLED: '1' }
    const log = (line: string) => options.log && process.stderr.write(`[build] ${line}\n`)
    const force = options.build === 'always'
    await buildIfStale(widgetsBuild, { env, log, force })
    await buildIfStale(cmsBuild, { env, log, force })
  }

  const stops: (() => Promise<void>)[] = []
  const stopAll = async () => {
    for (const stop of stops.splice(0).reverse()) await stop().catch(() => {})
  }
  try {
    await assertPortFree(ports.cms ?? 0, 'KK_CMS_PORT')
    const cmsPort = ports.cms || (await freePort())
    const cmsUrl = `http://localhost:${cmsPort}`

    const mailSink = await startMailSink({ smtpPort: ports.smtp ?? 0, httpPort: ports.inbox ?? 0 })
    stops.push(() => mailSink.stop())
    const agencySite = await serveAgencySite({ cmsUrl, port: ports.agencySite ?? 0 })
    stops.push(() => agencySite.close())
    const strictCspSite = await serveStrictSite({ cmsUrl, port: ports.strictCspSite ?? 0 })
    stops.push(() => strictCspSite.close())

    const env: Record<string, string> = {
      ...options.database?.env,
      PAYLOAD_SECRET: secret,
      PUBLIC_URL: cmsUrl,
      SMTP_HOST: mailSink.host,
      SMTP_PORT: String(mailSink.smtpPort),
      // Sign-ups are taken from the example sites and from the catalogue's own pages.
      KK_DEMO_ORIGINS: [cmsPort, agencySite.port, strictCspSite.port].flatMap(originsOf).join(','),
      ...options.cmsEnv,
    }
    const admin = { email: env.KK_ADMIN_EMAIL ?? 'admin@example.org', password: env.KK_ADMIN_PASSWORD ?? 'kurskatalog-demo' }

    let cms: BuiltCms | null = null
    let lastOutput = ''
    const startCms = async () => {
      cms ??= await startBuiltCms({ port: cmsPort, env, log: options.log ?? false })
    }
    const stopCms = async () => {
      const running = cms
      cms = null
      if (!running) return
      lastOutput = running.output()
      await running.stop()
    }
    stops.push(stopCms)
    await startCms()

    return {
      ports: { cms: cmsPort, agencySite: agencySite.port, strictCspSite: strictCspSite.port, smtp: mailSink.smtpPort, inbox: mailSink.httpPort },
      urls: {
        cms: cmsUrl,
        admin: `${cmsUrl}/admin`,
        catalogue: `${cmsUrl}/kurs`,
        agencySite: agencySite.url,
        strictCspSite: strictCspSite.url,
        inbox: mailSink.url,
      },
      admin,
      mailSink,
      cmsOutput: () => (cms ? cms.output() : lastOutput),
      stopCms,
      startCms,
      stop: stopAll,
    }
  } catch (error) {
    await stopAll()
    throw error
  }
}
