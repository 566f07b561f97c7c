import { createServer, type Server, type Socket } from 'node:net'
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

/** An SMTP address that accepts connections and never greets, as an overloaded server does: a send hangs there. */
async function silentSmtp(port: number): Promise<{ close: () => Promise<void> }> {
  const sockets = new Set<Socket>()
  const server: Server = createServer((socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return {
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}

const never = '0 0 0 1 1 *'
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The outbox's sweep: a process killed while its send JOB is in the middle of the SMTP call leaves that
 * job "processing", which Payload never runs again. Until the sweep acts the email waits, whatever the
 * queue does; once the claim timeout has passed, the sweep ends the job as abandoned and the email goes
 * out, once, with its Message-ID. (The sweep runs every 2 s in every process; a claim timeout of an hour
 * keeps it from acting in the first ones. A sweep schedule that never fires would leave a job waiting for
 * that date, which holds every later schedule of the sweep back.)
 */
describe.each(cmsTestDatabases)('an email whose send job was killed mid-send, on $name', ({ create }) => {
  let database: CmsDatabase
  let first: BuiltCms | undefined
  let doomed: BuiltCms | undefined
  let withoutSweep: BuiltCms | undefined
  let withSweep: BuiltCms | undefined
  let sink: MailSink | undefined
  let silent: { close: () => Promise<void> } | undefined
  let smtpPort: number
  const address = 'midt.i.sendingen@oslo.kommune.no'
  const env = (extra: Record<string, string>) => ({
    KK_DEMO_ORIGINS: agencyOrigin,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    KK_JOBS_CRON: '* * * * * *',
    KK_OUTBOX_SWEEP_CRON: '*/2 * * * * *',
    KK_OUTBOX_CLAIM_TIMEOUT_SECONDS: '3600',
    ...extra,
  })

  beforeAll(async () => {
    database = await create()
    smtpPort = await freePort()
    // The first process never ticks: its one try after the commit is refused (no server), and the job waits.
    first = await startBuiltCms({ database, env: env({ KK_JOBS_CRON: never }) })
  })

  afterAll(async () => {
    await Promise.all([first, doomed, withoutSweep, withSweep].map((instance) => instance?.stop()))
    await silent?.close()
    await sink?.stop()
    await database?.stop()
  })

  it('is sent once by the sweep after a restart, and never without it', { timeout: 300_000 }, async () => {
    const admin = await loginAs(first!.url, 'admin', demoAdmin.email, demoAdmin.password)
    const session = await createCourseSession(admin, 5)
    const answer = await fetch(`${first!.url}/api/catalog/v1/sessions/${session}/registrations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: agencyOrigin },
      body: JSON.stringify({ name: 'Kari Nordmann', email: address, agency: 'Bydel Gamle Oslo', idempotencyKey: `mid-send-${Date.now()}` }),
    })
    expect(answer.status, await answer.text()).toBe(201)
    const queued = async (api = admin) =>
      (await api.get<{ docs: QueuedEmail[] }>(`/api/queued-emails?depth=0&where[to][equals]=${encodeURIComponent(address)}`)).body.docs
    const waitFor = async (what: string, done: (emails: QueuedEmail[]) => boolean, api = admin) => {
      const until = Date.now() + 60_000
      while (!done(await queued(api))) {
        if (Date.now() > until) throw new Error(`${what}: still ${JSON.stringify(await queued(api))}`)
        await pause(200)
      }
    }
    await waitFor('the first try refused', ([email]) => email?.status === 'queued' && Number(email.attempts) >= 1)
    await first!.stop()

    // Its job runs in the next process, against a server that never greets: it claims the email (attempt 2) and hangs there.
    silent = await silentSmtp(smtpPort)
    doomed = await startBuiltCms({ database, env: env({}) })
    const onDoomed = await loginAs(doomed.url, 'admin', demoAdmin.email, demoAdmin.password)
    await waitFor('the job mid-send', ([email]) => email?.status === 'sending' && Number(email.attempts) >= 2, onDoomed)
    const [midSend] = await queued(onDoomed)
    expect(midSend).toMatchObject({ status: 'sending', attempts: 2 })

    process.kill(-doomed!.pid, 'SIGKILL')
    await silent!.close()
    silent = undefined
    sink = await startMailSink({ smtpPort })

    // Restarted, with the queue ticking but the sweep not acting: the job stays "processing", and nothing sends the email.
    withoutSweep = await startBuiltCms({ database, env: env({}) })
    await pause(12_000)
    expect((await sink.messages()).filter((mail) => mail.to.includes(address))).toHaveLength(0)
    const stranded = await queued(await loginAs(withoutSweep.url, 'admin', demoAdmin.email, demoAdmin.password))
    expect(stranded).toMatchObject([{ status: 'sending', attempts: 2 }])
    await withoutSweep.stop()

    // With the sweep acting on what is older than 5 s: sent, once, with the Message-ID it always had.
    const started = performance.now()
    withSweep = await startBuiltCms({ database, env: env({ KK_OUTBOX_CLAIM_TIMEOUT_SECONDS: '5' }) })
    const message = await sink.waitFor((mail) => mail.to.includes(address), 60_000)
    console.info(`[outbox] the sweep sent the stranded email ${((performance.now() - started) / 1000).toFixed(1)} s after the restart`)
    expect(message.messageId).toBe(midSend!.messageId)
    await pause(4000)
    expect((await sink.messages()).filter((mail) => mail.to.includes(address))).toHaveLength(1)
    const editor = await loginAs(withSweep.url, 'admin', demoAdmin.email, demoAdmin.password)
    expect(await queued(editor)).toMatchObject([{ status: 'sent', attempts: 3 }])

    // The editors' way to the failed ones, in the admin's menu on every page: none failed here.
    const login = await fetch(`${withSweep.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(demoAdmin) })
    const { token } = (await login.json()) as { token: string }
    // As a browser asks for it: the cookie, and that the request comes from the admin itself (Payload's CSRF check).
    const page = await fetch(`${withSweep.url}/admin/collections/registrations`, { headers: { Cookie: `payload-token=${token}`, 'Sec-Fetch-Site': 'same-origin' } })
    const html = await page.text()
    expect(page.status).toBe(200)
    expect(html).toContain('href="/admin/collections/queued-emails?where[status][equals]=failed"')
    expect(html).toMatch(/Feilede e-poster(<!-- -->)? \((<!-- -->)?0(<!-- -->)?\)/)
  })
})
