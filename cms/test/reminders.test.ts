import { cmsTestDatabases, startBuiltCms, startMailSink, type BuiltCms, type CmsDatabase, type MailSink } from '@kurskatalog/test-support'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoAdmin, loginAs } from './support/cmsApi.js'

const agencyOrigin = 'https://bydel.example.org'
const address = 'paaminnet@oslo.kommune.no'
const onlineUrl = 'https://teams.example.org/paaminnelse-4711'
// Monday 10 May 2027, 09:58 in Oslo: the built CMS starts as if it were then, and its clock runs on from there.
const clockStart = '2027-05-10T09:58:00+02:00'
const dayMs = 24 * 60 * 60 * 1000

/**
 * The built CMS, started with its clock just before a reminder falls due and a queue that ticks every
 * second: a participant signed up for a meeting two days (less a few seconds) ahead gets its reminder in
 * the SMTP sink once it is due — with the online link only their own email carries — and exactly once.
 */
describe.each(cmsTestDatabases)('a reminder from the built CMS on $name', ({ create }) => {
  let database: CmsDatabase
  let cms: BuiltCms
  let sink: MailSink
  let started: number

  beforeAll(async () => {
    database = await create()
    sink = await startMailSink()
    started = Date.now()
    cms = await startBuiltCms({
      database,
      env: {
        KK_DEMO_ORIGINS: agencyOrigin,
        SMTP_HOST: sink.host,
        SMTP_PORT: String(sink.smtpPort),
        KK_CLOCK_START: clockStart,
        KK_JOBS_CRON: '* * * * * *',
        KK_REMINDER_CRON: '* * * * * *',
      },
    })
  })
  afterAll(async () => {
    await cms?.stop()
    await sink?.stop()
    await database?.stop()
  })

  it('reaches the SMTP sink once it is due, exactly once', async () => {
    const admin = await loginAs(cms.url, 'admin', demoAdmin.email, demoAdmin.password)
    const courses = await admin.get<{ docs: { id: string | number; title: string }[] }>('/api/courses?limit=1&depth=0&where[_status][equals]=published')
    const course = courses.body.docs[0]!
    // The CMS's clock reads at most this now (it started counting when the app loaded, after the spawn).
    const cmsNow = Date.parse(clockStart) + (Date.now() - started)
    const dueAt = cmsNow + 20_000
    const startsAt = new Date(dueAt + 2 * dayMs)
    const created = await admin.post<{ doc: { id: string | number } }>('/api/sessions', {
      kind: 'course',
      course: course.id,
      capacity: 5,
      meetings: [{ startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 3 * 60 * 60 * 1000).toISOString(), onlineUrl }],
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const signup = await fetch(`${cms.url}/api/catalog/v1/sessions/${created.body.doc.id}/registrations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: agencyOrigin },
      body: JSON.stringify({ name: 'Kari Nordmann', email: address, agency: 'Bydel Gamle Oslo', locale: 'nn', idempotencyKey: `reminder-${Date.now()}` }),
    })
    expect(signup.status, await signup.clone().text()).toBe(201)
    const stored = await admin.get<{ docs: { cancelToken: string }[] }>(`/api/registrations?depth=0&where[email][equals]=${encodeURIComponent(address)}`)
    const cancelToken = stored.body.docs[0]!.cancelToken
    expect(cancelToken).toEqual(expect.any(String))
    const isReminder = (mail: { to: string[]; subject: string }) => mail.to.includes(address) && mail.subject.startsWith('Påminning:')

    await sink.waitFor((mail) => mail.to.includes(address), 30_000)
    expect((await sink.messages()).filter(isReminder), 'nothing before it is due').toHaveLength(0)

    const reminder = await sink.waitFor(isReminder, 90_000)
    console.info(`[reminders] arrived ${((Date.now() - started) / 1000).toFixed(0)} s after the CMS was started`)
    expect(Date.now(), 'not before it fell due').toBeGreaterThanOrEqual(started + (dueAt - Date.parse(clockStart)) - 1000)
    expect(reminder.subject).toBe(`Påminning: ${course.title}, onsdag 12. mai`)
    expect(reminder.text).toContain(`Digitalt møte: ${onlineUrl}`)
    expect(reminder.text).toContain(`/api/catalog/v1/cancel?token=${encodeURIComponent(cancelToken)}`)
    expect(reminder.attachments.map((file) => file.filename)).toContain('kurs.ics')

    // Many more ticks of the queue and of the reminder run: still the one message.
    await new Promise((resolve) => setTimeout(resolve, 6000))
    expect((await sink.messages()).filter(isReminder)).toHaveLength(1)
    const queued = await admin.get<{ docs: { kind: string; status: string }[] }>(
      `/api/queued-emails?depth=0&where[to][equals]=${encodeURIComponent(address)}&where[kind][equals]=reminder`,
    )
    expect(queued.body.docs).toMatchObject([{ kind: 'reminder', status: 'sent' }])
    // The public API never shows the link the reminder carried.
    const session = await fetch(`${cms.url}/api/catalog/v1/sessions/${created.body.doc.id}`)
    expect(await session.text()).not.toContain(onlineUrl)
  })
})
