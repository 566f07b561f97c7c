import { startMailSink, type MailSink } from '@kurskatalog/test-support'
import type { SignupResult } from '@kurskatalog/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCatalogFixture, type CatalogFixture } from './support/catalogFixtures.js'
import { testDatabases } from './support/databases.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'
import { emailToSink } from './support/withMailSink.js'
import { postJson, registrationsPath, signupBody } from './support/writeRequests.js'

const signups = 200
const seats = 20

describe.each(testDatabases)(`contention on $name: ${signups} concurrent sign-ups for ${seats} seats, one app process`, (database) => {
  let catalog: RunningCatalog
  let fixture: CatalogFixture
  let sink: MailSink

  beforeAll(async () => {
    sink = await startMailSink()
    // Each request comes from its own address behind one trusted proxy, so the rate limit (on, with its defaults) counts them apart.
    catalog = await startCatalog(await database.start(), { trustedProxies: 1 }, [emailToSink(sink)])
    fixture = await createCatalogFixture(catalog.payload)
  })
  afterAll(async () => {
    await catalog?.stop()
    await sink?.stop()
  })

  it('gives exactly 20 seats, numbers the rest 1…180 on the waiting list, and never answers 5xx', async () => {
    const session = fixture.sessions[0]!
    const started = performance.now()
    const responses = await Promise.all(
      Array.from({ length: signups }, (_, index) =>
        catalog.request(
          registrationsPath(session),
          postJson(signupBody({ email: `person${index}@oslo.kommune.no` }), { headers: { 'X-Forwarded-For': `10.0.${index >> 8}.${index & 255}` } }),
        ),
      ),
    )
    const elapsed = performance.now() - started
    const bodies = await Promise.all(responses.map(async (response) => ({ status: response.status, body: (await response.json()) as SignupResult })))
    console.info(`[contention] ${database.name}: ${signups} concurrent sign-ups in ${Math.round(elapsed)} ms`)

    expect(bodies.filter((answer) => answer.status >= 500)).toEqual([])
    expect(bodies.map((answer) => answer.status)).toEqual(Array(signups).fill(201))
    const confirmed = bodies.filter((answer) => answer.body.status === 'confirmed')
    const waitlisted = bodies.filter((answer) => answer.body.status === 'waitlisted')
    expect(confirmed).toHaveLength(seats)
    expect(waitlisted).toHaveLength(signups - seats)
    expect(waitlisted.map((answer) => answer.body.waitlistPosition).sort((a, b) => a! - b!)).toEqual(
      Array.from({ length: signups - seats }, (_, index) => index + 1),
    )

    const stored = await catalog.payload.find({ collection: 'registrations', where: { session: { equals: session } }, pagination: false, depth: 0 })
    expect(stored.docs).toHaveLength(signups)
    expect(new Set(stored.docs.map((doc) => doc.email)).size).toBe(signups)
    expect(stored.docs.filter((doc) => doc.status === 'confirmed')).toHaveLength(seats)
    expect(new Set(stored.docs.filter((doc) => doc.status === 'waitlisted').map((doc) => doc.waitlistPosition)).size).toBe(signups - seats)
    const ledger = await catalog.payload.find({ collection: 'session-seats', where: { session: { equals: session } }, depth: 0 })
    expect(ledger.docs).toHaveLength(1)
    expect(Number(ledger.docs[0]!.taken)).toBe(seats)
    expect(Number(ledger.docs[0]!.waitlistIssued)).toBe(signups - seats)

    // Every one of them got their answer by email too.
    await sink.waitFor(() => false, 1).catch(() => undefined)
    const deadline = Date.now() + 30_000
    while ((await sink.messages()).length < signups && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200))
    const mail = await sink.messages()
    expect(mail.filter((message) => message.subject.startsWith('Påmeldingen er bekreftet'))).toHaveLength(seats)
    expect(mail.filter((message) => message.subject.startsWith('Du står på venteliste'))).toHaveLength(signups - seats)
  })
})
