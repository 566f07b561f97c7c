import type { SignupResult } from '@kurskatalog/contract'
import { cmsTestDatabases, startBuiltCmsInstances, startMailSink, type BuiltCms, type CmsDatabase, type MailSink } from '@kurskatalog/test-support'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoAdmin, loginAs, type CmsApi } from './support/cmsApi.js'
import { createCourseSession } from './support/sessions.js'

const agencyOrigin = 'https://bydel.example.org'
const signups = 200
const seats = 20

/** A sign-up as a widget on an agency's site sends it, to one of the app processes. */
async function signUp(cms: BuiltCms, session: string | number, index: number) {
  const response = await fetch(`${cms.url}/api/catalog/v1/sessions/${session}/registrations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: agencyOrigin },
    body: JSON.stringify({
      name: `Deltaker ${index}`,
      email: `deltaker${index}@oslo.kommune.no`,
      agency: 'Bydel Gamle Oslo',
      idempotencyKey: `contention-${index}-${Math.random().toString(36).slice(2, 10)}`,
    }),
  })
  const text = await response.text()
  let body: SignupResult | { error: unknown } | string = text
  try {
    body = JSON.parse(text)
  } catch {
    // Not JSON (a crash page): kept as text so the assertion shows it.
  }
  return { status: response.status, body: body as SignupResult, process: cms.port }
}

/**
 * The hardest promise, over HTTP: two built app processes on ONE database take 200
 * simultaneous sign-ups for 20 seats. Exactly 20 get a seat, the rest get waiting-list numbers
 * 1…180 with none doubled or missing, nobody gets a 5xx, and the seat ledger agrees.
 */
describe.each(cmsTestDatabases)('contention: two app processes on one $name database', ({ create }) => {
  let database: CmsDatabase
  let sink: MailSink
  let instances: BuiltCms[] = []
  let admin: CmsApi
  let session: string | number

  beforeAll(async () => {
    database = await create()
    sink = await startMailSink()
    instances = await startBuiltCmsInstances(2, {
      database,
      // Both processes run the queue every second through the burst: each email may be tried by its own
      // process after the commit and by either one's job, and must still go out once.
      env: { KK_DEMO_ORIGINS: agencyOrigin, SMTP_HOST: sink.host, SMTP_PORT: String(sink.smtpPort), KK_JOBS_CRON: '* * * * * *' },
    })
    admin = await loginAs(instances[0]!.url, 'admin', demoAdmin.email, demoAdmin.password)
    session = await createCourseSession(admin, seats)
  })

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()))
    await database?.stop()
    await sink?.stop()
  })

  it(`gives exactly ${seats} seats to ${signups} simultaneous sign-ups split over both processes`, async () => {
    const [a, b] = instances as [BuiltCms, BuiltCms]
    const started = performance.now()
    const answers = await Promise.all(Array.from({ length: signups }, (_, index) => signUp(index % 2 === 0 ? a : b, session, index)))
    const seconds = (performance.now() - started) / 1000
    console.info(`[contention] ${signups} sign-ups over 2 processes in ${seconds.toFixed(2)} s (${Math.round(signups / seconds)}/s)`)

    // One ledger for the session, whatever raced to make it: two would each count seats of their own.
    const ledger = await admin.get<{ docs: { taken: number; waitlistIssued: number }[] }>(`/api/session-seats?where[session][equals]=${session}&depth=0`)
    expect(ledger.body.docs, 'seat ledgers of the session').toHaveLength(1)
    expect(answers.filter((answer) => answer.status >= 500)).toEqual([])
    expect(answers.filter((answer) => answer.status !== 201)).toEqual([])
    const confirmed = answers.filter((answer) => answer.body.status === 'confirmed')
    const waitlisted = answers.filter((answer) => answer.body.status === 'waitlisted')
    expect(confirmed).toHaveLength(seats)
    expect(waitlisted).toHaveLength(signups - seats)
    expect(waitlisted.map((answer) => answer.body.waitlistPosition).sort((x, y) => x! - y!)).toEqual(
      Array.from({ length: signups - seats }, (_, index) => index + 1),
    )
    // Both processes handed out seats and waiting-list numbers (the race really spanned them).
    expect(new Set(waitlisted.map((answer) => answer.process)).size).toBe(2)

    // What the database holds agrees with what people were told.
    const stored = await admin.get<{ docs: { email: string; status: string; waitlistPosition: number | null }[] }>(
      `/api/registrations?where[session][equals]=${session}&limit=1000&depth=0`,
    )
    expect(stored.body.docs).toHaveLength(signups)
    expect(new Set(stored.body.docs.map((doc) => doc.email)).size).toBe(signups)
    expect(stored.body.docs.filter((doc) => doc.status === 'confirmed')).toHaveLength(seats)
    const numbers = stored.body.docs.filter((doc) => doc.status === 'waitlisted').map((doc) => doc.waitlistPosition)
    expect(new Set(numbers).size).toBe(signups - seats)
    expect(Number(ledger.body.docs[0]!.taken)).toBe(seats)
    expect(Number(ledger.body.docs[0]!.waitlistIssued)).toBe(signups - seats)
  })

  it('keeps numbering in arrival order after the rush, whichever process answers', async () => {
    const [a, b] = instances as [BuiltCms, BuiltCms]
    const next = await signUp(b, session, 1000)
    const after = await signUp(a, session, 1001)
    expect([next.body.status, next.body.waitlistPosition]).toEqual(['waitlisted', signups - seats + 1])
    expect([after.body.status, after.body.waitlistPosition]).toEqual(['waitlisted', signups - seats + 2])
  })

  it('emailed every one of them once, from both processes, each message with its own Message-ID', async () => {
    const expected = signups + 2
    const deadline = Date.now() + 60_000
    while ((await sink.messages()).length < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250))
    // A few more ticks of both queues: a second copy would show now.
    await new Promise((resolve) => setTimeout(resolve, 3000))
    const mail = (await sink.messages()).filter((message) => message.to.some((address) => address.startsWith('deltaker')))
    expect(mail).toHaveLength(expected)
    expect(mail.filter((message) => message.subject.startsWith('Påmeldingen er bekreftet'))).toHaveLength(seats)
    expect(mail.filter((message) => message.subject.startsWith('Du står på venteliste'))).toHaveLength(expected - seats)
    const ids = mail.map((message) => message.messageId)
    expect(new Set(ids).size).toBe(expected)
    expect(new Set(mail.flatMap((message) => message.to)).size).toBe(expected)
    // The messages are the outbox's rows, each marked sent once.
    const outbox = await admin.get<{ docs: { messageId: string; status: string; attempts: number }[] }>('/api/queued-emails?limit=1000&depth=0&where[to][like]=deltaker')
    expect(outbox.body.docs).toHaveLength(expected)
    expect(new Set(outbox.body.docs.map((email) => email.messageId))).toEqual(new Set(ids))
    expect(outbox.body.docs.filter((email) => email.status !== 'sent')).toEqual([])
    console.info(`[contention] ${expected} emails, ${new Set(ids).size} Message-IDs; tries per email: ${[...new Set(outbox.body.docs.map((email) => email.attempts))].join(', ')}`)
  })
})
