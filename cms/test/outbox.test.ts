import { cmsTestDatabases, freePort, startBuiltCms, startMailSink, type BuiltCms, type CmsDatabase, type MailSink } from '@kurskatalog/test-support'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoAdmin, loginAs } from './support/cmsApi.js'
import { createCourseSession } from './support/sessions.js'

const agencyOrigin = 'https://bydel.example.org'
const address = 'etter.omstart@oslo.kommune.no'
type QueuedEmail = { status: string; attempts: number; messageId: string }

/**
 * The outbox survives a crash: a sign-up whose email could not go out yet (the SMTP server is down)
 * is committed with it; the process is then killed with SIGKILL. After a restart, with the server up,
 * the queue sends it, once. The first process never ticks, so no send job is mid-run when it dies.
 */
describe.each(cmsTestDatabases)('an email queued by a CMS process killed before it could send it, on $name', ({ create }) => {
  let database: CmsDatabase
  let doomed: BuiltCms | undefined
  let restarted: BuiltCms | undefined
  let sink: MailSink | undefined
  let smtpPort: number

  beforeAll(async () => {
    database = await create()
    smtpPort = await freePort()
    doomed = await startBuiltCms({
      database,
      env: { KK_DEMO_ORIGINS: agencyOrigin, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtpPort), KK_JOBS_CRON: '0 0 0 1 1 *' },
    })
  })

  afterAll(async () => {
    await Promise.all([doomed, restarted].map((instance) => instance?.stop()))
    await sink?.stop()
    await database?.stop()
  })

  it('is sent after the restart, exactly once', async () => {
    const admin = await loginAs(doomed!.url, 'admin', demoAdmin.email, demoAdmin.password)
    const session = await createCourseSession(admin, 5)
    const started = performance.now()
    const answer = await fetch(`${doomed!.url}/api/catalog/v1/sessions/${session}/registrations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: agencyOrigin },
      body: JSON.stringify({ name: 'Kari Nordmann', email: address, agency: 'Bydel Gamle Oslo', idempotencyKey: `restart-${Date.now()}` }),
    })
    expect(answer.status, await answer.text()).toBe(201)
    console.info(`[outbox] sign-up answered in ${(performance.now() - started).toFixed(0)} ms with no SMTP server`)
    const queued = async (api = admin) =>
      (await api.get<{ docs: QueuedEmail[] }>(`/api/queued-emails?depth=0&where[to][equals]=${encodeURIComponent(address)}`)).body.docs
    // The try right after the commit was refused; the email waits in the queue.
    const until = Date.now() + 20_000
    while (!(Number((await queued())[0]?.attempts ?? 0) >= 1) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100))
    const [before] = await queued()
    expect(before).toMatchObject({ status: 'queued', attempts: 1 })

    process.kill(-doomed!.pid, 'SIGKILL')
    sink = await startMailSink({ smtpPort })
    restarted = await startBuiltCms({
      database,
      env: { KK_DEMO_ORIGINS: agencyOrigin, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtpPort), KK_JOBS_CRON: '* * * * * *' },
    })
    const message = await sink.waitFor((mail) => mail.to.includes(address), 60_000)
    expect(message.messageId).toBe(before!.messageId)
    // A few more ticks: still one message, and the email is marked sent.
    await new Promise((resolve) => setTimeout(resolve, 3000))
    expect((await sink.messages()).filter((mail) => mail.to.includes(address))).toHaveLength(1)
    const after = await queued(await loginAs(restarted.url, 'admin', demoAdmin.email, demoAdmin.password))
    expect(after).toMatchObject([{ status: 'sent', attempts: 2 }])
  })
})
