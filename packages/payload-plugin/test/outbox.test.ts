import type { MailMessage } from '@kurskatalog/test-support'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCatalogFixture, type CatalogFixture } from './support/catalogFixtures.js'
import { testDatabases } from './support/databases.js'
import { failAfterHooks, failSavesOnRequest } from './support/failSavesOnRequest.js'
import { acceptedSignups } from './support/seatProbes.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'
import { switchableSmtp, type SwitchableSmtp } from './support/switchableSmtp.js'
import { sweepOutbox } from '../src/email/outbox/sweepOutbox.js'
import { resolveOptions } from '../src/resolveOptions.js'
import { createSession } from './support/writeFixtures.js'
import { postJson, registrationsPath, signupBody } from './support/writeRequests.js'

type Id = number | string
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The outbox: an email is stored with the change that causes it and sent after the commit, once,
 * by whichever runner claims it; SMTP failures are retried and finally shown as failed.
 */
describe.each(testDatabases)('the outbox on $name', (database) => {
  let catalog: RunningCatalog
  let fixture: CatalogFixture
  let smtp: SwitchableSmtp
  let editorToken = ''
  const claimTimeoutSeconds = 300
  const context = resolveOptions({ publicUrl: 'https://kurs.example.org', outbox: { attempts: 3, retryDelaySeconds: 1, claimTimeoutSeconds } })
  const sendJobsFor = async (email: Id) =>
    (await catalog.payload.db.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'kurskatalogSendEmail' } }, limit: 0, pagination: false })).docs.filter(
      (job) => String((job as { input?: { email?: unknown } }).input?.email) === String(email),
    ) as unknown as { id: Id; processing?: boolean; hasError?: boolean; completedAt?: string | null; error?: { message?: string } }[]
  const retry = (email: Id | string, token: string | null = editorToken) =>
    catalog.request(`/api/queued-emails/${encodeURIComponent(String(email))}/retry`, { method: 'POST', headers: token ? { Authorization: `JWT ${token}` } : {} })
  const signUp = acceptedSignups(() => catalog)
  const to = (address: string) => (message: MailMessage) => message.to.includes(address)
  const emailsTo = async (address: string) =>
    (await catalog.payload.find({ collection: 'queued-emails', where: { to: { equals: address } }, depth: 0, pagination: false, sort: 'createdAt' })).docs
  const runQueue = () => catalog.payload.jobs.run({ queue: 'kurskatalog', limit: 100, silent: true })
  /** Runs the queue (as the CMS's tick does) until `done`, or fails after `timeoutMs`. */
  async function runQueueUntil(done: () => Promise<boolean>, timeoutMs = 20_000) {
    const until = Date.now() + timeoutMs
    while (!(await done())) {
      if (Date.now() > until) throw new Error('the queue did not get there in time')
      await runQueue()
      await pause(200)
    }
  }

  beforeAll(async () => {
    smtp = await switchableSmtp()
    await smtp.up()
    catalog = await startCatalog(
      await database.start(),
      { publicUrl: 'https://kurs.example.org', trustedProxies: 1, outbox: { attempts: 3, retryDelaySeconds: 1, claimTimeoutSeconds } },
      [smtp.plugin(1500), failSavesOnRequest()],
    )
    fixture = await createCatalogFixture(catalog.payload)
    await catalog.payload.create({ collection: 'users', data: { email: 'redaktor@example.org', password: 'kurskatalog-test' } })
    editorToken = (await catalog.payload.login({ collection: 'users', data: { email: 'redaktor@example.org', password: 'kurskatalog-test' } })).token!
  })
  afterAll(async () => {
    await catalog?.stop()
    await smtp?.down()
  })

  it('sends nothing for an editor’s save that fails after its email was queued', async () => {
    const session = await createSession(catalog.payload, fixture, { capacity: 1 })
    await signUp(session, 'undone.holder@oslo.kommune.no')
    await signUp(session, 'undone.waiting@oslo.kommune.no')
    await smtp.sink().waitFor(to('undone.waiting@oslo.kommune.no'))
    const [holder] = (await catalog.payload.find({ collection: 'registrations', where: { email: { equals: 'undone.holder@oslo.kommune.no' } }, depth: 0 })).docs
    const failing = { [failAfterHooks]: true }
    // The cancel frees a seat and moves the waiting list up (queuing a promotion); the cancelled session queues one email each.
    await expect(catalog.payload.update({ collection: 'registrations', id: holder!.id, data: { status: 'cancelled' }, context: failing })).rejects.toThrow(/failed on request/)
    await expect(catalog.payload.update({ collection: 'sessions', id: session, data: { status: 'cancelled' }, context: failing })).rejects.toThrow(/failed on request/)
    await pause(1000)
    await runQueue()
    const messages = await smtp.sink().messages()
    expect(messages.filter(to('undone.waiting@oslo.kommune.no')).map((message) => message.subject)).toEqual([
      'Du står på venteliste: Tillitsbasert styring og ledelse',
    ])
    expect(messages.filter(to('undone.holder@oslo.kommune.no'))).toHaveLength(1)
    expect((await emailsTo('undone.waiting@oslo.kommune.no')).map((email) => email.kind)).toEqual(['signup-waitlisted'])
    expect((await emailsTo('undone.holder@oslo.kommune.no')).map((email) => email.kind)).toEqual(['signup-confirmed'])
  })

  it('answers a sign-up while the SMTP server hangs, and sends the email once it is back, after retries', async () => {
    await smtp.hang()
    const session = await createSession(catalog.payload, fixture, { capacity: 5 })
    const started = performance.now()
    const answer = await catalog.request(
      registrationsPath(session),
      postJson(signupBody({ email: 'patient@oslo.kommune.no' }), { headers: { 'X-Forwarded-For': '203.0.113.7' } }),
    )
    const answeredMs = performance.now() - started
    expect(answer.status).toBe(201)
    // The mail server would have held it for its 1.5 s greeting timeout.
    expect(answeredMs).toBeLessThan(1000)
    console.info(`sign-up answered in ${answeredMs.toFixed(0)} ms with the SMTP server hanging (${database.name})`)
    const [queued] = await emailsTo('patient@oslo.kommune.no')
    expect(queued?.status).toMatch(/^(queued|sending)$/)

    // The first try (right after the commit) times out; the email waits in the queue.
    await runQueueUntil(async () => {
      const [email] = await emailsTo('patient@oslo.kommune.no')
      return email?.status === 'queued' && Number(email.attempts) >= 1
    })
    const sink = await smtp.up()
    await runQueueUntil(async () => (await emailsTo('patient@oslo.kommune.no'))[0]?.status === 'sent')
    const [sent] = await emailsTo('patient@oslo.kommune.no')
    expect(Number(sent!.attempts)).toBeGreaterThanOrEqual(2)
    expect(sent!.sentAt).toBeTruthy()
    expect(sent!.lastError).toBeFalsy()
    await runQueue()
    const delivered = (await sink.messages()).filter(to('patient@oslo.kommune.no'))
    expect(delivered.map((message) => message.messageId)).toEqual([sent!.messageId])
    expect(delivered[0]!.subject).toBe('Påmeldingen er bekreftet: Tillitsbasert styring og ledelse')
    expect(delivered[0]!.attachments.map((file) => file.filename)).toEqual(['kurs.ics'])
  })

  it('leaves an email failed, with its error, for the editors after the last attempt', async () => {
    await smtp.down()
    const session = await createSession(catalog.payload, fixture, { capacity: 5 })
    await signUp(session, 'unlucky@oslo.kommune.no')
    await runQueueUntil(async () => (await emailsTo('unlucky@oslo.kommune.no'))[0]?.status === 'failed')
    const [failed] = await emailsTo('unlucky@oslo.kommune.no')
    expect(Number(failed!.attempts)).toBe(3)
    expect(failed!.lastError).toMatch(/ECONNREFUSED/)
    expect(failed!.sentAt).toBeFalsy()
    // It concerns the registration, where the editors see it; and it stays failed when the server is back.
    const [registration] = (await catalog.payload.find({ collection: 'registrations', where: { email: { equals: 'unlucky@oslo.kommune.no' } }, depth: 0 })).docs
    expect(String(failed!.registration)).toBe(String(registration!.id))
    const shown = (await catalog.payload.findByID({ collection: 'registrations', id: registration!.id, depth: 1 })) as { emails?: { docs?: { status?: string; lastError?: string }[] } }
    expect(shown.emails?.docs?.map((email) => email.status)).toEqual(['failed'])
    const sink = await smtp.up()
    await runQueue()
    await pause(300)
    expect((await emailsTo('unlucky@oslo.kommune.no'))[0]?.status).toBe('failed')
    expect((await sink.messages()).filter(to('unlucky@oslo.kommune.no'))).toHaveLength(0)
  })

  it('lets nobody read the outbox without a login, and nobody write it through the API', async () => {
    const listed = await catalog.request('/api/queued-emails')
    expect(listed.status).toBe(403)
    const created = await catalog.request('/api/queued-emails', postJson({ to: 'x@example.org', subject: 'x', text: 'x', html: 'x', kind: 'promotion', messageId: '<x@x>' }))
    expect(created.status).toBe(403)
    await expect(
      catalog.payload.create({
        collection: 'queued-emails',
        data: { to: 'x@example.org', subject: 'x', text: 'x', html: 'x', kind: 'promotion', messageId: '<x@x>', status: 'queued', attempts: 0 },
        overrideAccess: false,
        user: { id: 1, collection: 'users', email: 'editor@example.org' } as never,
      }),
    ).rejects.toThrow()
  })

  it('sends each email of a burst of sign-ups once while two runners work the queue at once', async () => {
    const sink = await smtp.up()
    const session = await createSession(catalog.payload, fixture, { capacity: 12 })
    const addresses = Array.from({ length: 20 }, (_, index) => `burst.${index}@oslo.kommune.no`)
    let signingUp = true
    const runner = async () => {
      while (signingUp) {
        await runQueue()
        await pause(5)
      }
    }
    const runners = [runner(), runner()]
    await Promise.all(addresses.map((address) => signUp(session, address)))
    const isBurst = (message: MailMessage) => message.to.some((address) => address.startsWith('burst.'))
    const all = async () => (await catalog.payload.find({ collection: 'queued-emails', where: { to: { like: 'burst.' } }, depth: 0, pagination: false })).docs
    await runQueueUntil(async () => (await all()).length === 20 && (await all()).every((email) => email.status === 'sent'))
    signingUp = false
    await Promise.all(runners)
    await runQueue()
    await pause(300)
    const messages = (await sink.messages()).filter(isBurst)
    expect(messages).toHaveLength(20)
    expect(new Set(messages.map((message) => message.messageId)).size).toBe(20)
    expect(new Set(messages.map((message) => message.messageId))).toEqual(new Set((await all()).map((email) => email.messageId)))
    expect(new Set(messages.flatMap((message) => message.to))).toEqual(new Set(addresses))
  })

  it('sends, once, an email whose send job was left processing by a process that died mid-send (the sweep)', async () => {
    // The try after the commit fails (no server), so the email waits for its job.
    await smtp.down()
    const session = await createSession(catalog.payload, fixture, { capacity: 5 })
    await signUp(session, 'stranded@oslo.kommune.no')
    await runQueueUntil(async () => Number((await emailsTo('stranded@oslo.kommune.no'))[0]?.attempts ?? 0) >= 1, 10_000).catch(() => undefined)
    const [email] = await emailsTo('stranded@oslo.kommune.no')
    const [job] = await sendJobsFor(email!.id)
    expect(job, 'the email has its send job').toBeTruthy()
    // What a SIGKILL during the job's SMTP call leaves: the job processing, the email claimed, both since long ago.
    const longAgo = new Date(Date.now() - (claimTimeoutSeconds + 60) * 1000).toISOString()
    await catalog.payload.db.updateJobs({ where: { id: { equals: job!.id } }, data: { processing: true, updatedAt: longAgo }, returning: false })
    await catalog.payload.db.updateOne({ collection: 'queued-emails', where: { id: { equals: email!.id } }, data: { status: 'sending', claimedAt: longAgo, updatedAt: longAgo }, returning: false })
    const sink = await smtp.up()
    // Payload's runner never takes that job again: without the sweep the email would wait for ever.
    await runQueue()
    await pause(300)
    expect((await sink.messages()).filter(to('stranded@oslo.kommune.no'))).toHaveLength(0)

    const req = { payload: catalog.payload } as Parameters<typeof sweepOutbox>[0]
    expect(await sweepOutbox(req, context)).toEqual({ abandonedJobs: 1, requeued: 1 })
    const [ended] = (await sendJobsFor(email!.id)).filter((candidate) => String(candidate.id) === String(job!.id))
    expect(ended).toMatchObject({ processing: false, hasError: true })
    expect(ended!.error?.message).toMatch(/abandoned/)
    // Two instances sweeping at once, or a sweep right after: the email has a live job, nothing more is queued.
    expect(await Promise.all([sweepOutbox(req, context), sweepOutbox(req, context)])).toEqual([
      { abandonedJobs: 0, requeued: 0 },
      { abandonedJobs: 0, requeued: 0 },
    ])
    await runQueueUntil(async () => (await emailsTo('stranded@oslo.kommune.no'))[0]?.status === 'sent')
    await runQueue()
    await pause(300)
    const delivered = (await sink.messages()).filter(to('stranded@oslo.kommune.no'))
    expect(delivered.map((message) => message.messageId)).toEqual([email!.messageId])
    expect(await sweepOutbox(req, context)).toEqual({ abandonedJobs: 0, requeued: 0 })
  })

  it('leaves alone an email whose job is only waiting for its retry, and one claimed a moment ago', async () => {
    await smtp.down()
    const session = await createSession(catalog.payload, fixture, { capacity: 5 })
    await signUp(session, 'waiting.retry@oslo.kommune.no')
    await signUp(session, 'just.claimed@oslo.kommune.no')
    const [waiting] = await emailsTo('waiting.retry@oslo.kommune.no')
    const [claimed] = await emailsTo('just.claimed@oslo.kommune.no')
    const longAgo = new Date(Date.now() - (claimTimeoutSeconds + 60) * 1000).toISOString()
    // Old, but its job is live (queued, not processing): the job will send it.
    await catalog.payload.db.updateOne({ collection: 'queued-emails', where: { id: { equals: waiting!.id } }, data: { status: 'queued', updatedAt: longAgo }, returning: false })
    // Its job died, but the claim is recent: its sender may still be at work.
    const [claimedJob] = await sendJobsFor(claimed!.id)
    await catalog.payload.db.updateJobs({ where: { id: { equals: claimedJob!.id } }, data: { processing: false, hasError: true }, returning: false })
    await catalog.payload.db.updateOne({ collection: 'queued-emails', where: { id: { equals: claimed!.id } }, data: { status: 'sending', claimedAt: new Date().toISOString(), updatedAt: longAgo }, returning: false })
    const req = { payload: catalog.payload } as Parameters<typeof sweepOutbox>[0]
    expect(await sweepOutbox(req, context)).toEqual({ abandonedJobs: 0, requeued: 0 })
    expect(await sendJobsFor(waiting!.id)).toHaveLength(1)
    expect(await sendJobsFor(claimed!.id)).toHaveLength(1)
    await smtp.up()
  })

  it('sends a failed email again, once, when an editor presses "Prøv igjen"', async () => {
    await smtp.down()
    const session = await createSession(catalog.payload, fixture, { capacity: 5 })
    await signUp(session, 'second.chance@oslo.kommune.no')
    await runQueueUntil(async () => (await emailsTo('second.chance@oslo.kommune.no'))[0]?.status === 'failed')
    const [failed] = await emailsTo('second.chance@oslo.kommune.no')

    // Refused: no login, an id that is no email, an email that is not failed; nothing changes. (The test app's admin speaks English.)
    expect((await retry(failed!.id, null)).status).toBe(403)
    for (const bad of ['nope', '0', '9'.repeat(300), '../1', "1' OR '1'='1"]) {
      const answer = await retry(bad)
      expect(answer.status, bad).toBe(404)
      expect(((await answer.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe('The email was not found.')
    }
    await signUp(session, 'still.trying@oslo.kommune.no')
    const [stillTrying] = await emailsTo('still.trying@oslo.kommune.no')
    const notFailed = await retry(stillTrying!.id)
    expect(notFailed.status).toBe(409)
    expect(Number((await emailsTo('still.trying@oslo.kommune.no'))[0]!.attempts)).toBeLessThan(3)
    expect((await emailsTo('second.chance@oslo.kommune.no'))[0]).toMatchObject({ status: 'failed', attempts: 3 })

    const sink = await smtp.up()
    // A double click: one goes through, the other is told it is no longer failed.
    const clicks = await Promise.all([retry(failed!.id), retry(failed!.id)])
    expect(clicks.map((click) => click.status).sort()).toEqual([200, 409])
    await sink.waitFor(to('second.chance@oslo.kommune.no'))
    await runQueue()
    await pause(300)
    expect((await sink.messages()).filter(to('second.chance@oslo.kommune.no')).map((message) => message.messageId)).toEqual([failed!.messageId])
    expect((await emailsTo('second.chance@oslo.kommune.no'))[0]).toMatchObject({ status: 'sent', attempts: 4, lastError: null })
  })
})
