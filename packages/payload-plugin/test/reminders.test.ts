import { startMailSink, type MailMessage, type MailSink } from '@kurskatalog/test-support'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { osloInstant } from '../src/catalog/osloTime.js'
import { remindersTaskSlug } from '../src/jobs/remindersTask.js'
import { resolveOptions } from '../src/resolveOptions.js'
import { sendDueReminders } from '../src/reminders/sendDueReminders.js'
import { createCatalogFixture, type CatalogFixture } from './support/catalogFixtures.js'
import { testDatabases } from './support/databases.js'
import { outboxSent } from './support/outboxSent.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'
import { emailToSink } from './support/withMailSink.js'
import { postJson, registrationsPath, signupBody } from './support/writeRequests.js'

type Id = number | string
type Locale = 'nb' | 'nn' | 'en'

const minute = 60_000
const dayMs = 24 * 60 * minute
const reminderSubject = /^(Påminnelse|Påminning|Reminder):/
const onlineUrl = 'https://meet.example.org/kurs-4711'

/** An Oslo wall time, as the instant it is. */
const oslo = (date: string, time: string): Date => osloInstant(date, time)

/**
 * Reminders before meetings, with the catalogue's clock in the test's hand: each case sets "now" to a
 * moment around a reminder's due time and runs the scheduled task through Payload's jobs queue; what
 * reaches the SMTP sink is the proof. The cases are months apart, so one case's run never has another's due.
 */
describe.each(testDatabases)('reminders before meetings on $name', (database) => {
  let catalog: RunningCatalog
  let payload: Payload
  let fixture: CatalogFixture
  let sink: MailSink
  let now = new Date('2027-01-01T12:00:00Z')
  let client = 0
  const run = Date.now().toString(36)
  const options = { publicUrl: 'https://kurs.example.org', trustedProxies: 1, clock: () => now, reminders: { daysBefore: 2 } }
  const context = resolveOptions(options)

  const address = (tag: string) => `${tag}.${run}@oslo.kommune.no`

  /** A session of a course (one meeting) or of the programme (one per start), with the fixture's place, or online. */
  const createSession = async (starts: Date[], setup: { kind?: 'course' | 'programme'; reminderDays?: number | null; capacity?: number; online?: boolean } = {}) => {
    const kind = setup.kind ?? 'course'
    const doc = await payload.create({
      collection: 'sessions',
      data: {
        kind,
        ...(kind === 'course' ? { course: fixture.courses[0] } : { programme: fixture.programme }),
        capacity: setup.capacity ?? 20,
        waitlistEnabled: true,
        ...(setup.reminderDays !== undefined ? { reminderDays: setup.reminderDays } : {}),
        meetings: starts.map((start) => ({
          startsAt: start.toISOString(),
          endsAt: new Date(start.getTime() + 3 * 60 * minute).toISOString(),
          ...(setup.online ? { onlineUrl } : { location: fixture.location }),
        })),
      },
    })
    return doc.id as Id
  }

  /** A sign-up through the public API, on a day well before every case (the clock is set back for it). */
  const signUp = async (session: Id, tag: string, locale: Locale = 'nb') => {
    const kept = now
    now = new Date('2027-01-01T12:00:00Z')
    try {
      const response = await catalog.request(
        registrationsPath(session),
        postJson(signupBody({ email: address(tag), locale }), { headers: { 'X-Forwarded-For': `198.51.100.${++client % 250}` } }),
      )
      expect(response.status, await response.clone().text()).toBe(201)
      const body = (await response.json()) as { status: string }
      const row = (await payload.find({ collection: 'registrations', where: { email: { equals: address(tag) } }, depth: 0 })).docs[0]!
      return { ...(row as unknown as { id: Id; cancelToken: string }), answered: body.status }
    } finally {
      now = kept
    }
  }

  const cancel = async (token: string) => {
    const response = await catalog.request('/api/catalog/v1/cancel', postJson({ token }))
    expect(response.status, await response.clone().text()).toBe(200)
  }

  /** Sets the catalogue's clock and runs the reminder task once through the jobs queue; resolves when its emails are sent. */
  const remindAt = async (instant: Date) => {
    now = instant
    await payload.jobs.queue({ task: remindersTaskSlug, input: {}, queue: context.jobsQueue })
    const result = await payload.jobs.run({ queue: context.jobsQueue, where: { taskSlug: { equals: remindersTaskSlug } }, silent: true })
    expect(Object.values(result.jobStatus ?? {}).map((status) => status.status)).toEqual(['success'])
    await outboxSent(payload)
  }

  /** Reminders queued to an address (the database's word, at once), and those the sink received. */
  const queuedTo = async (tag: string) =>
    (await payload.find({ collection: 'queued-emails', where: { and: [{ to: { equals: address(tag) } }, { kind: { equals: 'reminder' } }] }, depth: 0, pagination: false }))
      .docs
  const receivedBy = async (tag: string, count: number): Promise<MailMessage[]> => {
    const mine = (mail: MailMessage) => mail.to.includes(address(tag)) && reminderSubject.test(mail.subject)
    if (count > 0) await sink.waitFor((mail) => mine(mail) && true, 10_000)
    const until = Date.now() + 10_000
    for (;;) {
      const messages = (await sink.messages()).filter(mine)
      if (messages.length >= count || Date.now() > until) return messages
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  const expectNothingTo = async (...tags: string[]) => {
    for (const tag of tags) expect(await queuedTo(tag), `${tag} got a reminder`).toHaveLength(0)
  }
  const moveMeetings = async (session: Id, starts: Date[]) => {
    const doc = await payload.findByID({ collection: 'sessions', id: session, depth: 0 })
    const meetings = [...(doc.meetings ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    await payload.update({
      collection: 'sessions',
      id: session,
      data: {
        meetings: meetings.map((meeting, index) => ({
          ...meeting,
          startsAt: starts[index]!.toISOString(),
          endsAt: new Date(starts[index]!.getTime() + 3 * 60 * minute).toISOString(),
        })),
      },
    })
  }

  beforeAll(async () => {
    sink = await startMailSink()
    catalog = await startCatalog(await database.start(), options, [emailToSink(sink)])
    payload = catalog.payload
    fixture = await createCatalogFixture(payload)
  })
  afterAll(async () => {
    await catalog?.stop()
    await sink?.stop()
  })

  it('sends nothing a minute before due; at due one email with the time, place, calendar file and cancel link; nothing on the next run', async () => {
    // Wednesday 12 May 2027, 10:00 in Oslo; due Monday 10 May, 10:00.
    const start = oslo('2027-05-12', '10:00')
    const session = await createSession([start], { capacity: 3 })
    const kari = await signUp(session, 'kari')
    const gone = await signUp(session, 'gone')
    await cancel(String(gone.cancelToken))
    await signUp(session, 'per')
    await signUp(session, 'liv')
    const waiting = await signUp(session, 'waiting')
    expect(waiting.answered).toBe('waitlisted')

    await remindAt(new Date(oslo('2027-05-10', '10:00').getTime() - minute))
    await expectNothingTo('kari', 'per', 'liv')

    await remindAt(oslo('2027-05-10', '10:00'))
    const [mail, ...more] = await receivedBy('kari', 1)
    expect(more).toHaveLength(0)
    expect(mail!.subject).toBe('Påminnelse: Tillitsbasert styring og ledelse, onsdag 12. mai')
    expect(mail!.text).toContain('Hei Ola Nordmann,')
    expect(mail!.text).toContain('Når: onsdag 12. mai 2027 kl. 10:00–13:00')
    expect(mail!.text).toContain('Hvor: UKE, Helsfyr, Helsfyr, Oslo')
    expect(mail!.text).toContain(`https://kurs.example.org/api/catalog/v1/cancel?token=${encodeURIComponent(String(kari.cancelToken))}`)
    expect(mail!.html).toContain('<html lang="nb">')
    const ics = mail!.attachments.find((file) => file.filename === 'kurs.ics')
    expect(ics?.contentType).toBe('text/calendar')
    const calendar = Buffer.from(ics!.content, 'base64').toString('utf8')
    expect(calendar).toContain('BEGIN:VEVENT')
    expect(calendar).toContain('DTSTART:20270512T080000Z')
    expect(await receivedBy('per', 1)).toHaveLength(1)
    expect(await receivedBy('liv', 1)).toHaveLength(1)
    await expectNothingTo('gone', 'waiting')

    await remindAt(new Date(oslo('2027-05-10', '10:00').getTime() + 5 * minute))
    await remindAt(new Date(start.getTime() - minute))
    for (const tag of ['kari', 'per', 'liv']) expect(await queuedTo(tag), tag).toHaveLength(1)
    expect(await receivedBy('kari', 2)).toHaveLength(1)
    await expectNothingTo('gone', 'waiting')
  })

  it("sends the participant's leader a copy, naming whose reminder it is and without the cancel link", async () => {
    const start = oslo('2027-06-16', '09:00')
    const session = await createSession([start])
    const anne = await signUp(session, 'anne')
    // As a sign-up on a course the manager must approve leaves it, once the leader has approved.
    await payload.update({ collection: 'registrations', id: anne.id, data: { leaderEmail: address('anne-leder') } })
    await remindAt(oslo('2027-06-14', '09:00'))
    const [own] = await receivedBy('anne', 1)
    const [copy, ...more] = await receivedBy('anne-leder', 1)
    expect(more).toHaveLength(0)
    expect(own!.text).toContain(`cancel?token=${encodeURIComponent(String(anne.cancelToken))}`)
    expect(copy!.subject).toBe(own!.subject)
    expect(copy!.text).toContain('Du får denne kopien av påminnelsen til Ola Nordmann fordi du er oppgitt som leder.')
    expect(copy!.text).not.toContain(String(anne.cancelToken))
    expect(copy!.text).toContain('Når: onsdag 16. juni 2027 kl. 09:00–12:00')
  })

  it('never reminds of a meeting that has started, even when no run came in time', async () => {
    const start = oslo('2027-06-09', '10:00')
    const session = await createSession([start])
    await signUp(session, 'late')
    await remindAt(start)
    await remindAt(new Date(start.getTime() + minute))
    await expectNothingTo('late')
  })

  it("follows a session's own days before, and sends none with 0", async () => {
    const five = await createSession([oslo('2027-07-14', '10:00')], { reminderDays: 5 })
    const none = await createSession([oslo('2027-07-21', '10:00')], { reminderDays: 0 })
    await signUp(five, 'five')
    await signUp(none, 'none')
    await remindAt(new Date(oslo('2027-07-09', '10:00').getTime() - minute))
    await expectNothingTo('five')
    await remindAt(oslo('2027-07-09', '10:00'))
    expect(await receivedBy('five', 1)).toHaveLength(1)
    await remindAt(oslo('2027-07-12', '10:00'))
    expect(await queuedTo('five')).toHaveLength(1)
    for (const at of [oslo('2027-07-16', '10:00'), oslo('2027-07-19', '10:00'), new Date(oslo('2027-07-21', '10:00').getTime() - minute)]) await remindAt(at)
    await expectNothingTo('none')

    // Set, then cleared by an editor: the default again.
    const cleared = await createSession([oslo('2027-07-28', '10:00')], { reminderDays: 0 })
    await payload.update({ collection: 'sessions', id: cleared, data: { reminderDays: null } })
    await signUp(cleared, 'cleared')
    await remindAt(new Date(oslo('2027-07-26', '10:00').getTime() - minute))
    await expectNothingTo('cleared')
    await remindAt(oslo('2027-07-26', '10:00'))
    expect(await receivedBy('cleared', 1)).toHaveLength(1)
  })

  it('follows a meeting an editor moves before its reminder, and reminds again, of the new time, when it moves after', async () => {
    const early = await createSession([oslo('2027-08-11', '10:00')])
    await signUp(early, 'moved.early')
    await moveMeetings(early, [oslo('2027-08-18', '12:00')])
    await remindAt(oslo('2027-08-09', '10:00'))
    await expectNothingTo('moved.early')
    await remindAt(new Date(oslo('2027-08-16', '12:00').getTime() - minute))
    await expectNothingTo('moved.early')
    await remindAt(oslo('2027-08-16', '12:00'))
    const [first] = await receivedBy('moved.early', 1)
    expect(first!.text).toContain('onsdag 18. august 2027 kl. 12:00–15:00')
    expect(first!.text).not.toContain('tidspunktet er endret')

    const late = await createSession([oslo('2027-09-08', '10:00')])
    await signUp(late, 'moved.late')
    await remindAt(oslo('2027-09-06', '10:00'))
    expect(await receivedBy('moved.late', 1)).toHaveLength(1)
    await moveMeetings(late, [oslo('2027-09-15', '09:00')])
    await remindAt(oslo('2027-09-06', '10:05'))
    expect(await queuedTo('moved.late'), 'the old time is not reminded of again').toHaveLength(1)
    await remindAt(oslo('2027-09-13', '09:00'))
    const messages = await receivedBy('moved.late', 2)
    expect(messages).toHaveLength(2)
    expect(messages[1]!.text).toContain('onsdag 15. september 2027 kl. 09:00–12:00')
    expect(messages[1]!.text).toContain('Merk: tidspunktet er endret siden vi sist skrev til deg.')
    await remindAt(oslo('2027-09-14', '09:00'))
    expect(await queuedTo('moved.late')).toHaveLength(2)
  })

  it("reminds of each of a programme's four gatherings, once each, online link included", async () => {
    const gatherings = ['2027-12-01', '2027-12-08', '2027-12-15', '2027-12-22'].map((day) => oslo(day, '09:00'))
    const cohort = await createSession(gatherings, { kind: 'programme', capacity: 16, online: true })
    const member = await signUp(cohort, 'cohort')
    expect(member.answered).toBe('pending-approval')
    // A programme admits by application: the editors confirm the place.
    await payload.update({ collection: 'registrations', id: member.id, data: { status: 'confirmed' } })
    for (const [index, gathering] of gatherings.entries()) {
      const due = new Date(gathering.getTime() - 2 * dayMs)
      await remindAt(new Date(due.getTime() - minute))
      expect(await queuedTo('cohort')).toHaveLength(index)
      await remindAt(due)
      await remindAt(new Date(due.getTime() + 10 * minute))
      const messages = await receivedBy('cohort', index + 1)
      expect(messages).toHaveLength(index + 1)
      const mail = messages[index]!
      expect(mail.text).toContain(`Vi minner om samling ${index + 1} av 4 i programmet`)
      expect(mail.text).toContain(`Samling ${index + 1}: onsdag ${[1, 8, 15, 22][index]}. desember 2027 kl. 09:00–12:00`)
      expect(mail.text).toContain(`Digitalt møte: ${onlineUrl}`)
      expect(mail.text).toContain('Meld deg av, så får noen andre plassen (det gjelder alle samlingene)')
    }
    expect(await queuedTo('cohort')).toHaveLength(4)
  })

  it("writes in each person's language: bokmål, nynorsk and English", async () => {
    const session = await createSession([oslo('2028-01-12', '10:00')])
    await signUp(session, 'bokmal', 'nb')
    await signUp(session, 'nynorsk', 'nn')
    await signUp(session, 'english', 'en')
    await remindAt(oslo('2028-01-10', '10:00'))
    const [nb] = await receivedBy('bokmal', 1)
    const [nn] = await receivedBy('nynorsk', 1)
    const [en] = await receivedBy('english', 1)
    expect(nb!.subject).toBe('Påminnelse: Tillitsbasert styring og ledelse, onsdag 12. januar')
    expect(nb!.text).toContain('Vi minner om at du er påmeldt, og at kurset begynner snart.')
    expect(nn!.subject).toBe('Påminning: Tillitsbasert styring og ledelse, onsdag 12. januar')
    expect(nn!.text).toContain('Vi minner om at du er påmeld, og at kurset byrjar snart.')
    expect(nn!.text).toContain('Kvar: UKE, Helsfyr')
    expect(nn!.html).toContain('<html lang="nn">')
    expect(en!.subject).toBe('Reminder: Tillitsbasert styring og ledelse, Wednesday 12 January')
    expect(en!.text).toContain('Hello Ola Nordmann,')
    expect(en!.text).toContain('When: Wednesday, 12 January 2028 10:00–13:00')
    expect(en!.text).toContain("Can't make it? Cancel, so someone else can have the seat:")
    expect(en!.html).toContain('<html lang="en">')
  })

  it('falls due at the same Oslo time across the March clock change: Monday 29 March 09:00 → Saturday 27 March 08:00 UTC', async () => {
    const start = oslo('2027-03-29', '09:00')
    expect(start.toISOString()).toBe('2027-03-29T07:00:00.000Z')
    const session = await createSession([start])
    await signUp(session, 'march')
    // 48 hours before would be 07:00 UTC, 08:00 on Oslo's clocks: an hour early.
    await remindAt(new Date('2027-03-27T07:00:00Z'))
    await remindAt(new Date('2027-03-27T07:59:00Z'))
    await expectNothingTo('march')
    await remindAt(new Date('2027-03-27T08:00:00Z'))
    const [mail] = await receivedBy('march', 1)
    expect(mail!.text).toContain('Når: mandag 29. mars 2027 kl. 09:00–12:00')
  })

  it('falls due at the same Oslo time across the October clock change: Monday 1 November 09:00 → Saturday 30 October 07:00 UTC', async () => {
    const start = oslo('2027-11-01', '09:00')
    expect(start.toISOString()).toBe('2027-11-01T08:00:00.000Z')
    const session = await createSession([start])
    await signUp(session, 'october')
    await remindAt(new Date('2027-10-30T06:59:00Z'))
    await expectNothingTo('october')
    await remindAt(new Date('2027-10-30T07:00:00Z'))
    const [mail] = await receivedBy('october', 1)
    expect(mail!.text).toContain('Når: mandag 1. november 2027 kl. 09:00–12:00')
    // 48 hours before would have been 08:00 UTC; the run then sends nothing more.
    await remindAt(new Date('2027-10-30T08:00:00Z'))
    expect(await queuedTo('october')).toHaveLength(1)
  })

  it('sends each reminder once when two runs race for it', async () => {
    const session = await createSession([oslo('2028-02-09', '10:00')])
    const tags = ['race1', 'race2', 'race3', 'race4', 'race5']
    for (const tag of tags) await signUp(session, tag)
    now = oslo('2028-02-07', '10:00')
    const runs = await Promise.all([1, 2, 3].map(async () => sendDueReminders(await createLocalReq({}, payload), context, now)))
    expect(runs.reduce((sum, result) => sum + result.sent, 0)).toBe(tags.length)
    expect(runs.every((result) => result.failed === 0)).toBe(true)
    await outboxSent(payload)
    for (const tag of tags) {
      expect(await queuedTo(tag), tag).toHaveLength(1)
      expect(await receivedBy(tag, 1), tag).toHaveLength(1)
    }
    expect(await payload.count({ collection: 'reminders', where: { session: { equals: session } } })).toMatchObject({ totalDocs: tags.length })
  })

  it('leaves a reminder another runner has just claimed, and takes over one whose runner died before queuing it', async () => {
    const start = oslo('2028-02-23', '10:00')
    const session = await createSession([start])
    const busy = await signUp(session, 'claim.busy')
    const dead = await signUp(session, 'claim.dead')
    const doc = await payload.findByID({ collection: 'sessions', id: session, depth: 0 })
    const meeting = String(doc.meetings![0]!.id)
    const claimAs = (registration: Id, minutesAgo: number) =>
      payload.create({
        collection: 'reminders',
        data: {
          key: `${registration}:${meeting}:${start.toISOString()}`,
          registration,
          session,
          meeting,
          meetingStartsAt: start.toISOString(),
          dueAt: oslo('2028-02-21', '10:00').toISOString(),
          status: 'claimed',
          claimedAt: new Date(Date.now() - minutesAgo * minute).toISOString(),
        },
      })
    await claimAs(busy.id, 1)
    await claimAs(dead.id, 20)
    await remindAt(oslo('2028-02-21', '10:00'))
    await expectNothingTo('claim.busy')
    expect(await receivedBy('claim.dead', 1)).toHaveLength(1)
    const rows = (await payload.find({ collection: 'reminders', where: { session: { equals: session } }, depth: 0, pagination: false })).docs
    expect(rows.map((row) => [String(row.registration), row.status]).sort()).toEqual([[String(busy.id), 'claimed'], [String(dead.id), 'queued']].sort())
  })

  it('sends none to a person who signed up after the reminder fell due: their confirmation has just told them', async () => {
    const start = oslo('2028-03-08', '10:00')
    const session = await createSession([start])
    const early = await signUp(session, 'told.early')
    const late = await signUp(session, 'told.late')
    // Signed up the evening before: as if the row were made then (the sign-up's own clock is the real one).
    const evening = oslo('2028-03-07', '19:00').toISOString()
    await payload.db.updateOne({ collection: 'registrations', where: { id: { equals: late.id } }, data: { createdAt: evening } })
    await payload.db.updateOne({ collection: 'registrations', where: { id: { equals: early.id } }, data: { createdAt: oslo('2028-01-01', '10:00').toISOString() } })
    await payload.db.updateOne({ collection: 'sessions', where: { id: { equals: session } }, data: { updatedAt: oslo('2028-01-01', '10:00').toISOString() } })
    await remindAt(oslo('2028-03-07', '20:00'))
    expect(await receivedBy('told.early', 1)).toHaveLength(1)
    await expectNothingTo('told.late')
  })

  it('refuses a session days before that is not a whole number from 0 to 60, and writes nothing', async () => {
    const session = await createSession([oslo('2028-04-12', '10:00')], { reminderDays: 3 })
    const editor = await payload.create({ collection: 'users', data: { email: `redaktor.${run}@example.org`, password: 'kurskatalog-test' } })
    const token = (await payload.login({ collection: 'users', data: { email: editor.email, password: 'kurskatalog-test' } })).token!
    const patch = (value: unknown) =>
      catalog.request(`/api/sessions/${session}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
        body: JSON.stringify({ reminderDays: value }),
      })
    for (const bad of [-1, 61, 1000, 1.5, '2.5', 'to', '2<script>alert(1)</script>', '9'.repeat(10_000), true, [2], { days: 2 }]) {
      const response = await patch(bad)
      const text = await response.text()
      expect(response.status, `${JSON.stringify(bad).slice(0, 40)}: ${text.slice(0, 200)}`).toBe(400)
      expect(JSON.parse(text)).toMatchObject({ errors: [{ name: 'ValidationError', data: { errors: [{ path: 'reminderDays' }] } }] })
      // The test host's admin speaks English only (the CMS adds bokmål, which the field answers in first).
      expect(text, JSON.stringify(bad).slice(0, 40)).toContain('Enter a whole number of days from 0 to 60')
      expect((await payload.findByID({ collection: 'sessions', id: session, depth: 0 })).reminderDays).toBe(3)
    }
    const anonymous = await catalog.request(`/api/sessions/${session}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ reminderDays: 7 }) })
    expect(anonymous.status).toBe(403)
    for (const [good, stored] of [[0, 0], [60, 60], ['7', 7], [null, null]] as const) {
      const response = await patch(good)
      expect(response.status, await response.clone().text()).toBe(200)
      expect((await payload.findByID({ collection: 'sessions', id: session, depth: 0 })).reminderDays ?? null).toBe(stored)
    }
    expect(() => resolveOptions({ reminders: { daysBefore: 61 } })).toThrow(/reminders.daysBefore/)
    expect(() => resolveOptions({ reminders: { daysBefore: 1.5 } })).toThrow(/reminders.daysBefore/)
  })
})
