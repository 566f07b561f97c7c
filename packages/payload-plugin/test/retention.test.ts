import { startMailSink, type MailSink } from '@kurskatalog/test-support'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { erasePersonPath } from '../src/endpoints/admin/erasePersonEndpoint.js'
import { anonymiseTaskSlug } from '../src/jobs/anonymiseTask.js'
import { reconcileSeatsTaskSlug } from '../src/jobs/reconcileSeatsTask.js'
import { resolveOptions } from '../src/resolveOptions.js'
import { anonymiseExpired, type AnonymisationReport } from '../src/retention/anonymise.js'
import { createCatalogFixture, type CatalogFixture } from './support/catalogFixtures.js'
import { testDatabases } from './support/databases.js'
import { seatsTaken } from './support/seatProbes.js'
import { outboxSent } from './support/outboxSent.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'
import { emailToSink } from './support/withMailSink.js'
import { createCourseWithQuestions, daysFromNow } from './support/writeFixtures.js'
import { agencyOrigin, postJson, registrationsPath, signupBody } from './support/writeRequests.js'

type Id = number | string
type Row = Record<string, unknown> & { id: Id }

const options = { publicUrl: 'https://kurs.example.org', trustedProxies: 1 }
const context = resolveOptions(options)
const erasePath = `/api/registrations${erasePersonPath}`
const dayMs = 24 * 60 * 60 * 1000
/** A clock 370 days on: sessions that ended in the next 5 days are past the 365-day period, later ones are not. */
const yearOn = () => new Date(Date.now() + 370 * dayMs)

/** What identifies one person in a registration: everything the anonymiser must remove. */
interface Person {
  tag: string
  name: string
  email: string
  role: string
  answer: string
  sourceUrl: string
}
const personFor = (tag: string): Person => ({
  tag,
  name: `Deltaker ${tag}`,
  email: `${tag}@oslo.kommune.no`,
  role: `Rolle ${tag}`,
  answer: `Svar fra ${tag}`,
  sourceUrl: `${agencyOrigin}/kurs/${tag}`,
})

describe.each(testDatabases)('retention and erasure on $name', (database) => {
  let catalog: RunningCatalog
  let payload: Payload
  let fixture: CatalogFixture
  let sink: MailSink
  let course: Awaited<ReturnType<typeof createCourseWithQuestions>>
  let editorToken = ''
  let client = 0
  const run = Date.now().toString(36)
  const people = new Map<string, { person: Person; id: Id; secrets: string[] }>()

  const stored = async (collection: 'registrations' | 'service-requests' | 'queued-emails' | 'editor-messages', id: Id) =>
    (await payload.db.findOne({ collection, where: { id: { equals: id } } })) as Row
  const storedAll = async () => ({
    registrations: (await payload.find({ collection: 'registrations', pagination: false, depth: 0, sort: 'id' })).docs,
    serviceRequests: (await payload.find({ collection: 'service-requests', pagination: false, depth: 0, sort: 'id' })).docs,
    editorMessages: (await payload.find({ collection: 'editor-messages', pagination: false, depth: 0, sort: 'id' })).docs,
  })
  const editorRequest = (path: string, method: 'POST' | 'PATCH', body: unknown) =>
    catalog.request(path, { method, headers: { 'Content-Type': 'application/json', Authorization: `JWT ${editorToken}` }, body: JSON.stringify(body) })
  /** An editor's reply to a requester at a step of the order, through the save that sends it; the stored message's id. */
  const replyTo = async (request: Id, status: string, replyBody: string): Promise<Id> => {
    const saved = await editorRequest(`/api/service-requests/${request}`, 'PATCH', { status, replySend: true, replySubject: `Svar ${run}`, replyBody })
    expect(saved.status, await saved.clone().text()).toBe(200)
    const found = await payload.find({ collection: 'editor-messages', where: { serviceRequest: { equals: request } }, depth: 0, sort: '-createdAt', limit: 1 })
    return found.docs[0]!.id
  }
  const allJobs = async () => (await payload.find({ collection: 'payload-jobs', pagination: false, depth: 0 })).docs as unknown as Row[]
  const countsOf = async (session: Id) => {
    const docs = (await payload.find({ collection: 'registrations', where: { session: { equals: session } }, pagination: false, depth: 0 })).docs
    const counts: Record<string, number> = {}
    for (const doc of docs) counts[doc.status] = (counts[doc.status] ?? 0) + 1
    return counts
  }
  const req = () => createLocalReq({}, payload)
  const anonymise = async (now: Date, ctx = context): Promise<AnonymisationReport> => anonymiseExpired(await req(), ctx, now)

  const createSessionEnding = async (days: number, capacity: number): Promise<Id> =>
    (
      await payload.create({
        collection: 'sessions',
        data: {
          kind: 'course',
          course: course.id,
          capacity,
          waitlistEnabled: true,
          status: 'open',
          meetings: [{ startsAt: daysFromNow(days, 9), endsAt: daysFromNow(days, 15), location: fixture.location }],
        },
      })
    ).id

  /** A sign-up through the public API with every personal field filled in; remembers the stored secrets. */
  const signUp = async (session: Id, tag: string) => {
    const person = personFor(`${tag}-${run}`)
    const body = signupBody({
      name: person.name,
      email: person.email,
      role: person.role,
      answers: { [course.text]: person.answer, [course.checkbox]: true },
      sourceUrl: person.sourceUrl,
    })
    const response = await catalog.request(registrationsPath(session), postJson(body, { headers: { 'X-Forwarded-For': `198.51.100.${++client % 250}` } }))
    expect(response.status, await response.clone().text()).toBe(201)
    const row = (await payload.find({ collection: 'registrations', where: { email: { equals: person.email } }, depth: 0 })).docs[0]!
    const secrets = [row.cancelToken, row.idempotencyKey, row.activeKey].filter((value): value is string => typeof value === 'string')
    people.set(tag, { person, id: row.id, secrets })
    return row
  }
  const personalValues = (tag: string) => {
    const { person, secrets } = people.get(tag)!
    return [person.name, person.email, person.role, person.answer, person.sourceUrl, ...secrets]
  }
  /** Every stored field of the row, and every job, checked against everything the person gave. */
  const expectNothingOf = async (tag: string) => {
    const row = await stored('registrations', people.get(tag)!.id)
    const text = JSON.stringify(row)
    for (const value of personalValues(tag)) expect(text, `${tag}'s registration still holds ${value}`).not.toContain(value)
    expect(row).toMatchObject({ name: 'Anonymisert', anonymisedAt: expect.anything() })
    expect(row.role ?? null).toBeNull()
    expect(row.answers ?? null).toBeNull()
    expect(row.sourceUrl ?? null).toBeNull()
    expect(row.sourceOrigin ?? null).toBeNull()
    const jobs = JSON.stringify(await allJobs())
    for (const value of personalValues(tag)) expect(jobs, `a job still holds ${tag}'s ${value}`).not.toContain(value)
  }

  const serviceRequest = async (tag: string, status: string) => {
    const doc = await payload.create({
      collection: 'service-requests',
      data: {
        service: fixture.service,
        contactName: `Kontakt ${tag}-${run}`,
        email: `kontakt.${tag}-${run}@oslo.kommune.no`,
        phone: '+47 912 34 567',
        agency: 'Bydel Gamle Oslo',
        wishedDates: 'Våren',
        groupSize: 12,
        description: `Vi trenger hjelp, hilsen ${tag}-${run}`,
        internalNotes: `Ringte ${tag}-${run}`,
        sourceOrigin: agencyOrigin,
        idempotencyKey: `sr-${tag}-${run}-key-0123456789`,
      },
    })
    return status === 'new' ? doc : await payload.update({ collection: 'service-requests', id: doc.id, data: { status } })
  }

  let oldSession: Id
  let recentSession: Id
  let oldCounts: Record<string, number>
  let recentBefore: Row[]
  const requests: Record<string, Row> = {}
  const messages: Record<string, Id> = {}

  beforeAll(async () => {
    sink = await startMailSink()
    catalog = await startCatalog(await database.start(), options, [emailToSink(sink)])
    payload = catalog.payload
    fixture = await createCatalogFixture(payload)
    course = await createCourseWithQuestions(payload)
    await payload.create({ collection: 'users', data: { email: 'redaktor@example.org', password: 'kurskatalog-test' } })
    editorToken = (await payload.login({ collection: 'users', data: { email: 'redaktor@example.org', password: 'kurskatalog-test' } })).token!

    oldSession = await createSessionEnding(2, 2)
    recentSession = await createSessionEnding(100, 5)
    const attended = await signUp(oldSession, 'attended')
    const cancelled = await signUp(oldSession, 'cancelled')
    await signUp(oldSession, 'promoted')
    await signUp(oldSession, 'waiting')
    await payload.update({ collection: 'registrations', id: attended.id, data: { status: 'attended' } })
    const cancel = await catalog.request('/api/catalog/v1/cancel', postJson({ token: cancelled.cancelToken }))
    expect(cancel.status).toBe(200)
    await signUp(recentSession, 'recent1')
    await signUp(recentSession, 'recent2')
    for (const [tag, status] of [['delivered', 'delivered'], ['declined', 'declined'], ['new', 'new'], ['dialogue', 'in-dialogue']] as const) {
      requests[tag] = (await serviceRequest(tag, status)) as unknown as Row
    }
    // What editors wrote: to everyone on the old session, and to a requester, each naming the person it is about.
    const toSession = await editorRequest(`/api/sessions/${oldSession}/message`, 'POST', {
      audience: 'confirmed',
      subject: `Om ${people.get('attended')!.person.name}`,
      body: `Vi savnet ${people.get('promoted')!.person.name} sist.`,
      idempotencyKey: 'retention-message-0123456789abcdef',
    })
    expect(toSession.status, await toSession.clone().text()).toBe(200)
    const sessionMessage = (await payload.find({ collection: 'editor-messages', where: { session: { equals: oldSession } }, depth: 0 })).docs[0]!
    messages.session = sessionMessage.id
    requests.replied = (await serviceRequest('replied', 'new')) as unknown as Row
    messages.reply = await replyTo(requests.replied.id, 'in-dialogue', `Takk, ${String(requests.replied.contactName)}. Vi ringer deg.`)

    // Copies in the jobs queue: a pending job and a failed one carrying an old participant's data, a failed
    // one that is only old, and two of another queue that carry nothing and must stay.
    const jobs = 'payload-jobs' as const
    await payload.create({ collection: jobs, data: { taskSlug: reconcileSeatsTaskSlug, queue: 'other', input: { to: people.get('waiting')!.person.email } } })
    await payload.create({
      collection: jobs,
      data: { taskSlug: reconcileSeatsTaskSlug, queue: 'kurskatalog', input: {}, hasError: true, error: { message: `Sending til ${people.get('promoted')!.person.name} feilet` } },
    })
    await payload.create({ collection: jobs, data: { taskSlug: reconcileSeatsTaskSlug, queue: 'kurskatalog', input: {}, hasError: true, error: { message: 'tidsavbrudd' } } })
    await payload.create({ collection: jobs, data: { taskSlug: reconcileSeatsTaskSlug, queue: 'other', input: { note: 'ingen personopplysninger' } } })
    await payload.create({ collection: jobs, data: { taskSlug: reconcileSeatsTaskSlug, queue: 'other', input: { note: 'feilet også' }, hasError: true } })
    oldCounts = await countsOf(oldSession)
    recentBefore = (await storedAll()).registrations.filter((doc) => String(doc.session) === String(recentSession)) as Row[]
  })
  afterAll(async () => {
    await catalog?.stop()
    await sink?.stop()
  })

  it('stamps closedAt when a service request is declined or delivered, and clears it when reopened', async () => {
    expect(requests.delivered!.closedAt).toEqual(expect.any(String))
    expect(requests.declined!.closedAt).toEqual(expect.any(String))
    expect(requests.new!.closedAt ?? null).toBeNull()
    const reopened = await payload.update({ collection: 'service-requests', id: requests.dialogue!.id, data: { status: 'declined' } })
    expect(reopened.closedAt).toEqual(expect.any(String))
    const again = await payload.update({ collection: 'service-requests', id: requests.dialogue!.id, data: { status: 'in-dialogue' } })
    expect(again.closedAt ?? null).toBeNull()
  })

  it('leaves everything alone while the period lasts', async () => {
    const before = await storedAll()
    const report = await anonymise(new Date())
    expect(report.rows).toEqual([])
    expect(await storedAll()).toEqual(before)
  })

  it('anonymises every registration of a session past the period and every closed request, with nothing of the person left', async () => {
    const ledger = await seatsTaken(catalog, oldSession)
    // What the sign-ups before this queued has gone out, so any later message would be the anonymiser's.
    await outboxSent(payload)
    const sent = (await sink.messages()).length
    const report = await anonymise(yearOn())
    const ids = (collection: string) => report.rows.filter((row) => row.collection === collection).map((row) => String(row.id)).sort()
    const tags = ['attended', 'cancelled', 'promoted', 'waiting']
    expect(ids('registrations')).toEqual(tags.map((tag) => String(people.get(tag)!.id)).sort())
    expect(ids('service-requests')).toEqual([String(requests.delivered!.id), String(requests.declined!.id)].sort())
    for (const row of report.rows.filter((row) => row.collection === 'registrations')) {
      expect(row.fields).toEqual(expect.arrayContaining(['name', 'email', 'role', 'answers', 'cancelToken', 'idempotencyKey', 'activeKey', 'sourceUrl', 'sourceOrigin']))
    }
    for (const tag of tags) await expectNothingOf(tag)

    // Statistics survive: the counts per status, the waiting-list numbers, the session, the seats.
    expect(await countsOf(oldSession)).toEqual(oldCounts)
    expect(await seatsTaken(catalog, oldSession)).toBe(ledger)
    const waiting = await stored('registrations', people.get('waiting')!.id)
    expect(waiting).toMatchObject({ status: 'waitlisted', agency: 'Bydel Gamle Oslo' })
    expect(waiting.waitlistPosition).toEqual(expect.any(Number))
    expect((await stored('registrations', people.get('attended')!.id)).status).toBe('attended')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect((await sink.messages()).length, 'anonymising sends nothing').toBe(sent)

    for (const tag of ['delivered', 'declined']) {
      const row = await stored('service-requests', requests[tag]!.id)
      const text = JSON.stringify(row)
      for (const value of [`${tag}-${run}`, '+47 912 34 567', agencyOrigin]) expect(text).not.toContain(value)
      expect(row).toMatchObject({ contactName: 'Anonymisert', status: tag, agency: 'Bydel Gamle Oslo', groupSize: 12, anonymisedAt: expect.anything() })
    }
    for (const tag of ['new', 'dialogue', 'replied']) expect((await stored('service-requests', requests[tag]!.id)).anonymisedAt ?? null).toBeNull()

    // Editors' messages older than the period, like the outbox's copies of them: what they said and who sent them go;
    // what they concern, to whom and how many stay.
    expect(ids('editor-messages')).toEqual([String(messages.session), String(messages.reply)].sort())
    for (const row of report.rows.filter((row) => row.collection === 'editor-messages')) expect(row.fields).toEqual(expect.arrayContaining(['subject', 'body', 'sentBy']))
    const sessionMessage = await stored('editor-messages', messages.session!)
    expect(sessionMessage).toMatchObject({ subject: 'Anonymisert', body: 'Anonymisert', audience: 'confirmed', recipients: expect.any(Number), anonymisedAt: expect.anything() })
    expect(String(sessionMessage.session)).toBe(String(oldSession))
    const reply = await stored('editor-messages', messages.reply!)
    expect(reply).toMatchObject({ subject: 'Anonymisert', body: 'Anonymisert', step: 'in-dialogue', recipients: 1, anonymisedAt: expect.anything() })
    expect(String(reply.serviceRequest)).toBe(String(requests.replied!.id))
    for (const row of [sessionMessage, reply]) {
      expect(row.sentBy ?? null).toBeNull()
      const text = JSON.stringify(row)
      for (const value of [run, people.get('attended')!.person.name, people.get('promoted')!.person.name, 'redaktor@example.org']) expect(text).not.toContain(value)
    }

    // Rows inside the period are untouched, to the field.
    const recentAfter = (await storedAll()).registrations.filter((doc) => String(doc.session) === String(recentSession))
    expect(recentAfter).toEqual(recentBefore)

    // The jobs: the copies and the old failed one of the plugin's queue are gone; the other queue's unrelated ones stay.
    const left = await allJobs()
    expect(left.map((job) => job.input).filter((input) => JSON.stringify(input).includes('note'))).toHaveLength(2)
    expect(left.filter((job) => job.queue === 'kurskatalog' && job.hasError)).toEqual([])
  })

  it('changes nothing more when it runs again', async () => {
    const before = await storedAll()
    const report = await anonymise(yearOn())
    expect(report.rows).toEqual([])
    expect(await storedAll()).toEqual(before)
  })

  it('anonymises each row once when several instances run at the same moment', async () => {
    const session = await createSessionEnding(3, 3)
    for (const tag of ['race1', 'race2', 'race3', 'race4']) await signUp(session, tag)
    const counts = await countsOf(session)
    const now = yearOn()
    const reports = await Promise.all(Array.from({ length: 3 }, () => anonymise(now)))
    const ids = new Set(reports.flatMap((report) => report.rows.filter((row) => row.collection === 'registrations').map((row) => String(row.id))))
    expect([...ids].sort()).toEqual(['race1', 'race2', 'race3', 'race4'].map((tag) => String(people.get(tag)!.id)).sort())
    for (const tag of ['race1', 'race2', 'race3', 'race4']) await expectNothingOf(tag)
    expect(await countsOf(session)).toEqual(counts)
  })

  it('runs nothing when the plugin is disabled or retention is off', async () => {
    const before = await storedAll()
    const farOn = new Date(Date.now() + 2000 * dayMs)
    expect((await anonymise(farOn, resolveOptions({ ...options, disabled: true }))).rows).toEqual([])
    expect((await anonymise(farOn, resolveOptions({ ...options, retentionDays: false }))).rows).toEqual([])
    expect(await storedAll()).toEqual(before)
  })

  it("runs as a daily task on Payload's jobs queue", async () => {
    const scheduled = await payload.jobs.handleSchedules({ queue: context.jobsQueue })
    expect(scheduled.queued.map((queueable) => queueable.taskConfig?.slug)).toContain(anonymiseTaskSlug)
    await payload.jobs.queue({ task: anonymiseTaskSlug, input: {}, queue: context.jobsQueue })
    const result = await payload.jobs.run({ queue: context.jobsQueue })
    expect(Object.values(result.jobStatus ?? {}).map((status) => status.status)).toContain('success')
  })

  describe('an erasure on request', () => {
    const erase = (body: unknown, init: { token?: string | null; contentType?: string } = {}) =>
      catalog.request(erasePath, {
        method: 'POST',
        headers: {
          'Content-Type': init.contentType ?? 'application/json',
          ...(init.token === null ? {} : { Authorization: `JWT ${init.token ?? editorToken}` }),
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      })

    it('removes one person from every registration and request at once, gives up their place, with a receipt', async () => {
      const session = await createSessionEnding(60, 1)
      const row = await signUp(session, 'erase')
      const next = await signUp(session, 'erase-next')
      expect(next.status).toBe('waitlisted')
      const email = people.get('erase')!.person.email
      const request = await payload.create({
        collection: 'service-requests',
        data: { service: fixture.service, contactName: 'Slettes Nå', email, agency: 'Bydel Gamle Oslo', wishedDates: 'Høst', groupSize: 3, description: 'Om oss', idempotencyKey: `erase-${run}-0123456789abc` },
      })
      const replied = await replyTo(request.id, 'in-dialogue', 'Takk, Slettes Nå. Vi ringer deg.')
      await payload.create({ collection: 'payload-jobs', data: { taskSlug: reconcileSeatsTaskSlug, queue: 'other', input: { to: email } } })
      const others = (await storedAll()).registrations.filter((doc) => ![String(row.id), String(next.id)].includes(String(doc.id)))
      const toPerson = async () => (await sink.messages()).filter((message) => message.to.includes(email)).length
      await outboxSent(payload)
      const sentToPerson = await toPerson()

      const response = await erase({ email: email.toUpperCase() })
      expect(response.status, await response.clone().text()).toBe(200)
      const { receipt } = (await response.json()) as { receipt: AnonymisationReport & { placesGivenUp: Id[] } }
      expect(receipt.anonymisedAt).toEqual(expect.any(String))
      expect(receipt.jobsRemoved).toBe(1)
      expect(receipt.placesGivenUp).toEqual([row.id])
      expect(receipt.rows.filter((entry) => !['queued-emails', 'editor-messages'].includes(entry.collection))).toEqual([
        { collection: 'registrations', id: row.id, fields: expect.arrayContaining(['name', 'email', 'role', 'answers', 'cancelToken', 'sourceUrl']) },
        { collection: 'service-requests', id: request.id, fields: expect.arrayContaining(['contactName', 'email', 'description', 'idempotencyKey']) },
      ])
      // The outbox's copies of what was sent to the person go too: their address, the subject and the text.
      const copies = receipt.rows.filter((entry) => entry.collection === 'queued-emails')
      expect(copies.length).toBeGreaterThan(0)
      for (const copy of copies) {
        expect(copy.fields).toEqual(expect.arrayContaining(['to', 'subject', 'text', 'html']))
        expect(JSON.stringify(await stored('queued-emails', copy.id))).not.toContain(email)
      }
      // The editor's reply to their request goes with it; a message to everyone on a session is not theirs alone.
      expect(receipt.rows.filter((entry) => entry.collection === 'editor-messages')).toEqual([
        { collection: 'editor-messages', id: replied, fields: expect.arrayContaining(['subject', 'body', 'sentBy']) },
      ])
      expect(JSON.stringify(await stored('editor-messages', replied))).not.toContain('Slettes Nå')
      await expectNothingOf('erase')
      expect(JSON.stringify(await stored('service-requests', request.id))).not.toContain(email)
      // The seat went to the next on the waiting list, who is told; the erased person is not written to.
      expect((await stored('registrations', row.id)).status).toBe('cancelled')
      expect((await stored('registrations', next.id)).status).toBe('confirmed')
      expect(await seatsTaken(catalog, session)).toBe(1)
      await sink.waitFor((message) => message.to.includes(people.get('erase-next')!.person.email) && message.subject.startsWith('Du har fått plass'))
      expect(await toPerson()).toBe(sentToPerson)
      expect((await storedAll()).registrations.filter((doc) => ![String(row.id), String(next.id)].includes(String(doc.id)))).toEqual(others)

      const again = await erase({ email })
      expect(again.status).toBe(200)
      expect(((await again.json()) as { receipt: AnonymisationReport & { placesGivenUp: Id[] } }).receipt).toMatchObject({ rows: [], placesGivenUp: [] })
    })

    const refused: { name: string; body: unknown; token?: string | null; contentType?: string; status: number }[] = [
      { name: 'an anonymous caller', body: { email: 'recent1@oslo.kommune.no' }, token: null, status: 403 },
      { name: 'a forged token', body: { email: 'recent1@oslo.kommune.no' }, token: 'not-a-jwt', status: 403 },
      { name: 'no JSON content type', body: 'email=recent1@oslo.kommune.no', contentType: 'application/x-www-form-urlencoded', status: 415 },
      { name: 'broken JSON', body: '{"email":', status: 400 },
      { name: 'an array', body: ['recent1@oslo.kommune.no'], status: 400 },
      { name: 'a bare string', body: '"recent1@oslo.kommune.no"', status: 400 },
      { name: 'null', body: 'null', status: 400 },
      { name: 'an unknown field', body: { email: 'recent1@oslo.kommune.no', all: true }, status: 400 },
      { name: 'a prototype key', body: '{"__proto__":{"email":"recent1@oslo.kommune.no"}}', status: 400 },
      { name: 'no email', body: {}, status: 422 },
      { name: 'an empty email', body: { email: '   ' }, status: 422 },
      { name: 'a number', body: { email: 42 }, status: 422 },
      { name: 'a query operator', body: { email: { $ne: null } }, status: 422 },
      { name: 'a list of addresses', body: { email: ['recent1@oslo.kommune.no'] }, status: 422 },
      { name: 'a wildcard', body: { email: '%@oslo.kommune.no' }, status: 422 },
      { name: 'a regular expression', body: { email: '.*@.*' }, status: 422 },
      { name: 'an oversized address', body: { email: `${'a'.repeat(60)}@${'b'.repeat(250)}.no` }, status: 422 },
      { name: 'an oversized body', body: { email: `x${' '.repeat(20_000)}` }, status: 413 },
    ]
    it.each(refused)('refuses $name with a $status and writes nothing', async ({ body, token, contentType, status }) => {
      const before = await storedAll()
      const jobs = await allJobs()
      const response = await erase(body, { token, contentType })
      expect(response.status).toBe(status)
      const answer = (await response.json()) as { errors: { message: string }[] }
      expect(answer.errors[0]!.message).toEqual(expect.any(String))
      expect(await storedAll()).toEqual(before)
      expect(await allJobs()).toEqual(jobs)
    })
  })
})
