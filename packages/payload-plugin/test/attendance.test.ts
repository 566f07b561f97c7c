import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { en } from '@payloadcms/translations/languages/en'
import { nb } from '@payloadcms/translations/languages/nb'
import type { Payload, Plugin } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { settleAttendanceTaskSlug } from '../src/jobs/settleAttendanceTask.js'
import { resolveOptions } from '../src/resolveOptions.js'
import { createCatalogFixture, type CatalogFixture } from './support/catalogFixtures.js'
import { testDatabases } from './support/databases.js'
import { seatsTaken } from './support/seatProbes.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'

type Id = number | string
type Row = Record<string, any> & { id: Id }
interface MeetingList {
  changed?: number
  session: { meetingCount: number; meetingsToComplete: number; completionMinimum: number | null }
  meeting: { id: string; number: number; startsAt: string }
  counts: { listed: number; present: number; absent: number; unmarked: number; completed: number }
  participants: { id: Id; name: string; status: string; present: boolean | null; completed: boolean | null }[]
}

const hour = 60 * 60 * 1000
const day = 24 * hour
/** The four gatherings of the programme: Tuesdays in March 2031, 09:00–15:00 UTC. */
const gatherings = ['2031-03-04', '2031-03-11', '2031-03-18', '2031-03-25'].map((date) => ({ startsAt: `${date}T09:00:00.000Z`, endsAt: `${date}T15:00:00.000Z` }))
const lastEnd = new Date(gatherings[3]!.endsAt)

/**
 * Who came to which gathering (true present, false absent), written out here: A and B came to all four, C
 * missed the last, D the third, E came only to the first.
 */
const plan: Record<string, [boolean, boolean, boolean, boolean]> = {
  'Anne Aas': [true, true, true, true],
  'Bjørn Bø': [true, true, true, true],
  'Cecilie Ødegård': [true, true, true, false],
  'Dag Dæhli': [true, true, false, true],
  'Eva Ek': [true, false, false, false],
}
const notOnList = [
  { name: 'Willy Venteliste', status: 'waitlisted' },
  { name: 'Xenia Avmeldt', status: 'cancelled' },
  { name: 'Petter Venter', status: 'pending-approval' },
] as const
const expectedCell = (present: boolean | undefined) => (present === undefined ? '' : present ? 'Til stede' : 'Ikke til stede')

/** The host's admin in bokmål first, as the CMS has it. */
const norwegianAdmin: Plugin = (config) => ({ ...config, i18n: { supportedLanguages: { nb, en }, fallbackLanguage: 'nb' } })

describe.each(testDatabases)('attendance per gathering and the completion rule on $name', (database) => {
  let catalog: RunningCatalog
  let payload: Payload
  let fixture: CatalogFixture
  let session: Id
  let otherSession: Id
  let meetings: string[] = []
  const people: Record<string, Id> = {}
  let otherPerson: Id
  let editorToken = ''
  let temporaryToken = ''
  let now = new Date('2031-03-01T12:00:00Z')
  let registered = 0
  const run = Date.now().toString(36)
  const options = { clock: () => now, isEditor: (req: { user?: unknown }) => Boolean(req.user) && !String((req.user as { email?: string })?.email).startsWith('vikar-') }
  const context = resolveOptions(options)

  const call = (path: string, init: RequestInit & { token?: string | null } = {}) => {
    const { token = editorToken, headers, ...rest } = init
    return catalog.request(path, { ...rest, headers: { ...(token ? { Authorization: `JWT ${token}` } : {}), ...(headers as Record<string, string>) } })
  }
  const attendancePath = (meeting: string, of: Id = session) => `/api/sessions/${of}/meetings/${meeting}/attendance`
  const post = (meeting: string, body: unknown, init: { token?: string | null; of?: Id; contentType?: string } = {}) =>
    call(attendancePath(meeting, init.of), {
      method: 'POST',
      token: init.token,
      headers: { 'Content-Type': init.contentType ?? 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })
  const mark = async (meeting: string, marks: Record<string, boolean>) => {
    const response = await post(meeting, { marks: Object.entries(marks).map(([name, present]) => ({ registration: people[name], present })) })
    expect(response.status, await response.clone().text()).toBe(200)
    return (await response.json()) as MeetingList
  }
  const stored = async (of: Id = session) =>
    (await payload.find({ collection: 'registrations', where: { session: { equals: of } }, pagination: false, depth: 0 })).docs as unknown as Row[]
  const statusOf = async () => Object.fromEntries((await stored()).map((row) => [row.name, row.status]))
  const marksStored = async () =>
    (await payload.find({ collection: 'attendance', pagination: false, depth: 0, sort: 'key' })).docs.map((row: Row) => [row.key, row.present])
  const participants = async () => {
    const response = await call(`/api/sessions/${session}/participants`)
    expect(response.status).toBe(200)
    return (await response.json()) as { counts: Record<string, number>; completed: number; attendanceTaken: boolean; meetingsToComplete: number; meetings: { id: string; number: number }[]; participants: Row[] }
  }
  /** Sets the catalogue's clock and runs the attendance task once through the jobs queue. */
  const settleAt = async (instant: Date) => {
    now = instant
    await payload.jobs.queue({ task: settleAttendanceTaskSlug, input: {}, queue: context.jobsQueue })
    const result = await payload.jobs.run({ queue: context.jobsQueue, where: { taskSlug: { equals: settleAttendanceTaskSlug } }, silent: true })
    expect(Object.values(result.jobStatus ?? {}).map((status) => status.status)).toEqual(['success'])
  }
  const createProgrammeSession = async (capacity = 10) =>
    (
      await payload.create({
        collection: 'sessions',
        data: { kind: 'programme', programme: fixture.programme, capacity, meetings: gatherings.map((gathering) => ({ ...gathering, location: fixture.location })) },
      })
    ).id as Id
  const register = async (of: Id, name: string, status: string) =>
    (
      await payload.create({
        collection: 'registrations',
        data: { session: of, name, email: `deltaker${++registered}.${run}@oslo.kommune.no`, agency: 'Bydel Alna', status } as never,
      })
    ).id as Id

  beforeAll(async () => {
    catalog = await startCatalog(await database.start(), options as never, [norwegianAdmin])
    payload = catalog.payload
    fixture = await createCatalogFixture(payload)
    session = await createProgrammeSession()
    const doc = await payload.findByID({ collection: 'sessions', id: session, depth: 0 })
    meetings = [...(doc.meetings as { id: string; startsAt: string }[])].sort((a, b) => a.startsAt.localeCompare(b.startsAt)).map((meeting) => meeting.id)
    for (const name of Object.keys(plan)) people[name] = await register(session, name, 'confirmed')
    for (const { name, status } of notOnList) people[name] = await register(session, name, status)
    otherSession = await createProgrammeSession()
    otherPerson = await register(otherSession, 'Olga Annen', 'confirmed')
    for (const [email, keep] of [[`redaktor-${run}@example.org`, (token: string) => (editorToken = token)], [`vikar-${run}@example.org`, (token: string) => (temporaryToken = token)]] as const) {
      await payload.create({ collection: 'users', data: { email, password: 'kurskatalog-test' } })
      keep((await payload.login({ collection: 'users', data: { email, password: 'kurskatalog-test' } })).token!)
    }
  })

  afterAll(async () => {
    await catalog?.stop()
  })

  it('lists each gathering of the programme for its own screen, and nobody completed before attendance is taken', async () => {
    const desk = await participants()
    expect(desk.meetings.map((meeting) => [meeting.id, meeting.number])).toEqual(meetings.map((id, index) => [id, index + 1]))
    expect(desk.meetingsToComplete).toBe(4)
    expect(desk.attendanceTaken).toBe(false)
    expect(desk.completed).toBe(0)
    expect(desk.participants.every((row) => row.completed === null)).toBe(true)

    const response = await call(attendancePath(meetings[1]!))
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const list = (await response.json()) as MeetingList
    expect(list.meeting).toMatchObject({ id: meetings[1], number: 2, startsAt: gatherings[1]!.startsAt })
    expect(list.session).toMatchObject({ meetingCount: 4, meetingsToComplete: 4, completionMinimum: null })
    // The confirmed, by name; not the waiting list, the cancelled or a place pending approval.
    expect(list.participants.map((person) => person.name)).toEqual(Object.keys(plan))
    expect(list.participants.every((person) => person.present === null)).toBe(true)
    expect(list.counts).toEqual({ listed: 5, present: 0, absent: 0, unmarked: 5, completed: 0 })
  })

  it('marks each gathering, with no seat moved and no registration touched', async () => {
    const seatsBefore = await seatsTaken(catalog, session)
    const rowsBefore = (await stored()).map((row) => [row.id, row.status, row.updatedAt])
    for (const [index, meeting] of meetings.entries()) {
      const list = await mark(meeting, Object.fromEntries(Object.entries(plan).map(([name, came]) => [name, came[index]!])))
      expect(list.changed).toBe(5)
      const present = Object.values(plan).filter((came) => came[index]).length
      expect(list.counts).toMatchObject({ listed: 5, present, absent: 5 - present, unmarked: 0 })
      for (const person of list.participants) expect(person.present, `${person.name} at ${index + 1}`).toBe(plan[person.name]![index])
    }
    // The same marks again change nothing.
    expect((await mark(meetings[0]!, { 'Anne Aas': true })).changed).toBe(0)
    expect(await seatsTaken(catalog, session)).toBe(seatsBefore)
    expect((await stored()).map((row) => [row.id, row.status, row.updatedAt])).toEqual(rowsBefore)
    // One row per person and gathering, as the database holds it.
    const rows = await marksStored()
    expect(rows).toHaveLength(20)
    const expected = Object.entries(plan).flatMap(([name, came]) => meetings.map((meeting, index) => [`${people[name]}:${meeting}`, came[index]]))
    expect(rows).toEqual(expected.sort((a, b) => String(a[0]).localeCompare(String(b[0]))))
  })

  it('keeps both editors\' marks when two save at once, one gathering each or the same person', async () => {
    const [first, second] = await Promise.all([
      post(meetings[0]!, { marks: [{ registration: people['Eva Ek'], present: false }] }),
      post(meetings[1]!, { marks: [{ registration: people['Eva Ek'], present: true }] }),
    ])
    expect([first.status, second.status]).toEqual([200, 200])
    const eva = Object.fromEntries((await marksStored()).filter(([key]) => String(key).startsWith(`${people['Eva Ek']}:`)))
    expect([eva[`${people['Eva Ek']}:${meetings[0]}`], eva[`${people['Eva Ek']}:${meetings[1]}`]]).toEqual([false, true])
    const same = await Promise.all([true, false].map((present) => post(meetings[2]!, { marks: [{ registration: people['Eva Ek'], present }] })))
    expect(same.map((response) => response.status)).toEqual([200, 200])
    expect((await marksStored()).filter(([key]) => key === `${people['Eva Ek']}:${meetings[2]}`)).toHaveLength(1)
    // Back to the plan: Eva at the first gathering only.
    await mark(meetings[0]!, { 'Eva Ek': true })
    await mark(meetings[1]!, { 'Eva Ek': false })
    await mark(meetings[2]!, { 'Eva Ek': false })
  })

  it('completes by the rule: all four by default, then three of four', async () => {
    const all = await participants()
    const completedBy = (rows: Row[]) => rows.filter((row) => row.completed === true).map((row) => row.name).sort()
    expect(all.attendanceTaken).toBe(true)
    expect(completedBy(all.participants)).toEqual(['Anne Aas', 'Bjørn Bø'])
    expect(all.completed).toBe(2)
    for (const { name } of notOnList) expect(all.participants.find((row) => row.name === name)?.completed).toBeNull()

    await payload.update({ collection: 'sessions', id: session, data: { completionMinimum: 3 } as never })
    const threeOfFour = await participants()
    expect(threeOfFour.meetingsToComplete).toBe(3)
    expect(completedBy(threeOfFour.participants)).toEqual(['Anne Aas', 'Bjørn Bø', 'Cecilie Ødegård', 'Dag Dæhli'])
    expect(threeOfFour.completed).toBe(4)
    const list = (await (await call(attendancePath(meetings[0]!))).json()) as MeetingList
    expect(list.session).toMatchObject({ completionMinimum: 3, meetingsToComplete: 3 })
    expect(list.counts.completed).toBe(4)
  })

  it("refuses a rule past the session's own meetings, or not a whole number, and keeps the one it had", async () => {
    for (const value of [5, 0, -1, 2.5]) {
      await expect(payload.update({ collection: 'sessions', id: session, data: { completionMinimum: value } as never })).rejects.toThrow(/Fullført ved oppmøte|completionMinimum/i)
    }
    const response = await call(`/api/sessions/${session}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ completionMinimum: 9 }) })
    expect(response.status).toBe(400)
    expect(JSON.stringify(await response.json())).toContain('fra 1 til 4')
    // Payload reads a number sent as text with parseFloat: "2<script>" must not be stored as 2.
    for (const sent of ['2<script>', '2.5', 'to', '9'.repeat(5000), true, [2], { min: 2 }]) {
      const refused = await call(`/api/sessions/${session}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ completionMinimum: sent }) })
      expect(refused.status, JSON.stringify(sent).slice(0, 40)).toBe(400)
      expect(await refused.json()).toMatchObject({ errors: [{ name: 'ValidationError', data: { errors: [{ path: 'completionMinimum' }] } }] })
      expect((await payload.findByID({ collection: 'sessions', id: session, depth: 0 })).completionMinimum).toBe(3)
    }
    // Fewer meetings than the rule asks for is refused too.
    const one = await payload.create({ collection: 'sessions', data: { kind: 'programme', programme: fixture.programme, capacity: 3, meetings: [{ ...gatherings[0]!, location: fixture.location }] } })
    await expect(payload.update({ collection: 'sessions', id: one.id, data: { completionMinimum: 2 } as never })).rejects.toThrow()
    expect((await payload.findByID({ collection: 'sessions', id: session, depth: 0 })).completionMinimum).toBe(3)
  })

  it('exports one column per gathering and Fullført, read back with the CSV and XLSX readers', async () => {
    const headers = ['Samling 1 (04.03.2031)', 'Samling 2 (11.03.2031)', 'Samling 3 (18.03.2031)', 'Samling 4 (25.03.2031)', 'Fullført']
    const expectedRow = (row: Row) => {
      const came = plan[row.name]
      return [...[0, 1, 2, 3].map((index) => expectedCell(came?.[index])), came ? (came.filter(Boolean).length >= 3 ? 'Ja' : 'Nei') : '']
    }
    const rows = await stored()
    const csv = await call(`/api/sessions/${session}/participants.csv`)
    expect(csv.status).toBe(200)
    const records = parse(await csv.text(), { bom: true, delimiter: ';' }) as string[][]
    expect(records[0]!.slice(-5)).toEqual(headers)
    expect(records.length - 1).toBe(rows.length)
    const byName = new Map(rows.map((row) => [row.name, row]))
    for (const record of records.slice(1)) {
      const row = byName.get(record[0]!)
      expect(row, record[0]).toBeDefined()
      expect(record.slice(-5), record[0]).toEqual(expectedRow(row!))
    }

    const xlsx = await call(`/api/sessions/${session}/participants.xlsx`)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never)
    const sheet = workbook.worksheets[0]!
    const width = (sheet.getRow(1).values as unknown[]).length - 1
    expect((sheet.getRow(1).values as unknown[]).slice(-5)).toEqual(headers)
    expect(sheet.actualRowCount - 1).toBe(rows.length)
    for (let index = 2; index <= sheet.actualRowCount; index++) {
      const cells = sheet.getRow(index)
      const row = byName.get(String(cells.getCell(1).value))
      expect(row).toBeDefined()
      const tail = [width - 4, width - 3, width - 2, width - 1, width].map((column) => cells.getCell(column))
      for (const cell of tail) if (cell.value !== null) expect(cell.type).toBe(ExcelJS.ValueType.String)
      expect(tail.map((cell) => String(cell.value ?? ''))).toEqual(expectedRow(row!))
    }
  })

  it('turns the statuses once the last gathering has ended, on the jobs queue with the catalogue\'s clock', async () => {
    // The queue's own scheduler queues it, as the CMS's runner does each tick.
    const scheduled = await payload.jobs.handleSchedules({ queue: context.jobsQueue })
    expect(scheduled.queued.map((queueable) => queueable.taskConfig?.slug)).toContain(settleAttendanceTaskSlug)
    const seatsBefore = await seatsTaken(catalog, session)
    const before = await statusOf()
    // During the last gathering: not yet.
    await settleAt(new Date(lastEnd.getTime() - hour))
    expect(await statusOf()).toEqual(before)
    await settleAt(new Date(lastEnd.getTime() + 5 * 60 * 1000))
    expect(await statusOf()).toEqual({
      'Anne Aas': 'attended',
      'Bjørn Bø': 'attended',
      'Cecilie Ødegård': 'attended',
      'Dag Dæhli': 'attended',
      'Eva Ek': 'no-show',
      'Willy Venteliste': 'waitlisted',
      'Xenia Avmeldt': 'cancelled',
      'Petter Venter': 'pending-approval',
    })
    expect(await seatsTaken(catalog, session)).toBe(seatsBefore)
    expect((await payload.findByID({ collection: 'sessions', id: session, depth: 0 })).attendanceSettledAt).toBeTruthy()
    // The counts by status agree with the completed count and the no-shows.
    const desk = await participants()
    expect(desk.counts).toMatchObject({ attended: 4, 'no-show': 1, confirmed: 0 })
    expect(desk.completed).toBe(desk.counts.attended)
    // Still on the attendance list, as attended or no-show.
    const list = (await (await call(attendancePath(meetings[0]!))).json()) as MeetingList
    expect(list.participants.map((person) => [person.name, person.status])).toEqual(Object.keys(plan).map((name) => [name, name === 'Eva Ek' ? 'no-show' : 'attended']))
  })

  it("keeps an editor's correction by hand, and settles a session only once", async () => {
    const correct = await call(`/api/registrations/${people['Eva Ek']}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ status: 'attended' }) })
    expect(correct.status, await correct.clone().text()).toBe(200)
    await payload.update({ collection: 'registrations', id: people['Dag Dæhli']!, data: { status: 'no-show' } as never })
    // A later mark changes the attendance, not the statuses.
    await mark(meetings[3]!, { 'Cecilie Ødegård': true })
    await settleAt(new Date(lastEnd.getTime() + 2 * day))
    const statuses = await statusOf()
    expect([statuses['Eva Ek'], statuses['Dag Dæhli'], statuses['Cecilie Ødegård']]).toEqual(['attended', 'no-show', 'attended'])
    // A person set back to confirmed by hand is not turned again either.
    await payload.update({ collection: 'registrations', id: people['Anne Aas']!, data: { status: 'confirmed' } as never })
    await settleAt(new Date(lastEnd.getTime() + 3 * day))
    expect((await statusOf())['Anne Aas']).toBe('confirmed')
  })

  it('leaves a session alone where nobody was marked, and waits for a gathering not yet marked', async () => {
    const untaken = await createProgrammeSession(5)
    const untakenPeople = [await register(untaken, 'Ulla Umerket', 'confirmed'), await register(untaken, 'Ulf Umerket', 'confirmed')]
    const partly = await createProgrammeSession(5)
    const partlyDoc = await payload.findByID({ collection: 'sessions', id: partly, depth: 0 })
    const partlyMeetings = [...(partlyDoc.meetings as { id: string; startsAt: string }[])].sort((a, b) => a.startsAt.localeCompare(b.startsAt)).map((meeting) => meeting.id)
    const came = await register(partly, 'Kari Kom', 'confirmed')
    const stayed = await register(partly, 'Knut Kom-ikke', 'confirmed')
    // Marked at the first three gatherings only, by the rule's three of four.
    await payload.update({ collection: 'sessions', id: partly, data: { completionMinimum: 3 } as never })
    for (const meeting of partlyMeetings.slice(0, 3)) {
      const response = await post(meeting, { marks: [{ registration: came, present: true }, { registration: stayed, present: false }] }, { of: partly })
      expect(response.status).toBe(200)
    }
    const status = async (id: Id) => (await payload.findByID({ collection: 'registrations', id, depth: 0 })).status
    await settleAt(new Date(lastEnd.getTime() + day))
    expect(await Promise.all([...untakenPeople, came, stayed].map(status))).toEqual(['confirmed', 'confirmed', 'confirmed', 'confirmed'])
    // The wait is over: the unmarked gathering counts as not attended, and three of four is still enough.
    await settleAt(new Date(lastEnd.getTime() + context.attendance.waitDays * day + hour))
    expect(await Promise.all([came, stayed].map(status))).toEqual(['attended', 'no-show'])
    expect(await Promise.all(untakenPeople.map(status))).toEqual(['confirmed', 'confirmed'])
    expect((await payload.findByID({ collection: 'sessions', id: untaken, depth: 0 })).attendanceSettledAt ?? null).toBeNull()
  })

  it('still deletes a registration that has marks, and its seat goes back as before', async () => {
    const gone = await register(otherSession, 'Gunnar Går', 'confirmed')
    const otherMeetings = ((await payload.findByID({ collection: 'sessions', id: otherSession, depth: 0 })).meetings as { id: string }[]).map((meeting) => meeting.id)
    expect((await post(otherMeetings[0]!, { marks: [{ registration: gone, present: true }] }, { of: otherSession })).status).toBe(200)
    const seats = await seatsTaken(catalog, otherSession)
    await payload.delete({ collection: 'registrations', id: gone })
    expect(await seatsTaken(catalog, otherSession)).toBe(seats - 1)
    const list = (await (await call(attendancePath(otherMeetings[0]!, otherSession))).json()) as MeetingList
    expect(list.participants.map((person) => person.name)).toEqual(['Olga Annen'])
    expect(list.counts).toMatchObject({ present: 0, unmarked: 1 })
  })

  describe("refuses, in Payload's error shape, and writes nothing", () => {
    const expectRefusal = async (response: Response, status: number, message?: RegExp) => {
      expect(response.status).toBe(status)
      expect(response.headers.get('content-type')).toMatch(/^application\/json/)
      const text = await response.text()
      const body = JSON.parse(text) as { errors: { message: string }[] }
      expect(body.errors[0]!.message.length).toBeGreaterThan(0)
      if (message) expect(body.errors[0]!.message).toMatch(message)
      expect(text).not.toContain('@oslo.kommune.no')
      expect(text).not.toContain('Anne Aas')
    }
    const unchanged = async (attempt: () => Promise<void>) => {
      const before = await marksStored()
      const statuses = await statusOf()
      await attempt()
      expect(await marksStored()).toEqual(before)
      expect(await statusOf()).toEqual(statuses)
    }
    const good = () => ({ marks: [{ registration: people['Anne Aas'], present: false }] })

    it('401 without a login or with a forged token, 403 for a user the host does not count as an editor', async () => {
      await unchanged(async () => {
        for (const token of [null, 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.forfalsket']) {
          await expectRefusal(await call(attendancePath(meetings[0]!), { token }), 401)
          await expectRefusal(await post(meetings[0]!, good(), { token }), 401)
        }
        await expectRefusal(await call(attendancePath(meetings[0]!), { token: temporaryToken }), 403)
        await expectRefusal(await post(meetings[0]!, good(), { token: temporaryToken }), 403)
      })
    })

    it('keeps the attendance rows out of reach over REST: nobody writes them, only editors read them', async () => {
      await unchanged(async () => {
        expect((await call('/api/attendance', { token: null })).status).toBe(403)
        expect((await call('/api/attendance', { token: temporaryToken })).status).toBe(403)
        const read = await call('/api/attendance?limit=100&depth=0')
        expect(read.status).toBe(200)
        expect(((await read.json()) as { totalDocs: number }).totalDocs).toBeGreaterThan(0)
        const some = (await payload.find({ collection: 'attendance', limit: 1, depth: 0 })).docs[0] as Row
        for (const token of [null, temporaryToken, editorToken]) {
          const body = JSON.stringify({ key: `x:${token}`, registration: people['Anne Aas'], session, meeting: meetings[0], present: true, markedAt: now.toISOString() })
          expect((await call('/api/attendance', { token, method: 'POST', headers: { 'Content-Type': 'application/json' }, body })).status).toBe(403)
          expect((await call(`/api/attendance/${some.id}`, { token, method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ present: !some.present }) })).status).toBe(403)
          expect((await call(`/api/attendance/${some.id}`, { token, method: 'DELETE' })).status).toBe(403)
        }
      })
    })

    it('404 for a session or gathering that does not exist, or one of another session', async () => {
      const unknownSession = payload.db.name === 'mongoose' ? 'aaaaaaaaaaaaaaaaaaaaaaaa' : '999999'
      const otherMeeting = ((await payload.findByID({ collection: 'sessions', id: otherSession, depth: 0 })).meetings as { id: string }[])[0]!.id
      await unchanged(async () => {
        for (const meeting of ['aaaaaaaaaaaaaaaaaaaaaaaa', otherMeeting, '0', '%00', 'x'.repeat(3000), '%27%20OR%201%3D1']) {
          await expectRefusal(await call(attendancePath(meeting)), 404, /samlingen/)
          await expectRefusal(await post(meeting, good()), 404, /samlingen/)
        }
        for (const id of [unknownSession, 'abc', '-1']) {
          await expectRefusal(await call(attendancePath(meetings[0]!, id)), 404)
          await expectRefusal(await post(meetings[0]!, good(), { of: id }), 404)
        }
      })
    })

    it('422 for a registration of another session, or one not on the attendance list', async () => {
      await unchanged(async () => {
        await expectRefusal(await post(meetings[0]!, { marks: [{ registration: people['Anne Aas'], present: true }, { registration: otherPerson, present: true }] }), 422, /hører ikke til/)
        for (const { name } of notOnList) {
          await expectRefusal(await post(meetings[0]!, { marks: [{ registration: people[name], present: true }] }), 422, /Bare bekreftede/)
        }
        const unknown = payload.db.name === 'mongoose' ? 'aaaaaaaaaaaaaaaaaaaaaaaa' : 999999
        await expectRefusal(await post(meetings[0]!, { marks: [{ registration: unknown, present: true }] }), 422)
      })
    })

    it('400, 413 and 415 for wrong types, shapes, sizes and content types', async () => {
      const anne = people['Anne Aas']
      await unchanged(async () => {
        const bad: unknown[] = [
          {},
          [],
          { marks: [] },
          { marks: {} },
          { marks: 'alle' },
          { marks: [{ registration: anne }] },
          { marks: [{ registration: anne, present: 'ja' }] },
          { marks: [{ registration: anne, present: 1 }] },
          { marks: [{ registration: anne, present: null }] },
          { marks: [{ registration: { $ne: null }, present: true }] },
          { marks: [{ registration: [anne], present: true }] },
          { marks: [{ registration: '', present: true }] },
          { marks: [{ registration: 1.5, present: true }] },
          { marks: [{ registration: anne, present: true, session: otherSession }] },
          { marks: [{ registration: anne, present: true }, { registration: anne, present: false }] },
          { marks: [{ registration: anne, present: true }], meeting: meetings[1] },
          { marks: [null] },
          { marks: Array.from({ length: 501 }, (_, index) => ({ registration: String(index + 1), present: true })) },
          { __proto__: { marks: [{ registration: anne, present: true }] } },
          'null',
          '"marks"',
        ]
        for (const body of bad) await expectRefusal(await post(meetings[0]!, body), 400, /marks/)
        await expectRefusal(await post(meetings[0]!, '{"marks": [{"registration": '), 400)
        await expectRefusal(await post(meetings[0]!, JSON.stringify(good()), { contentType: 'text/plain' }), 415)
        await expectRefusal(await post(meetings[0]!, `marks=${anne}`, { contentType: 'application/x-www-form-urlencoded' }), 415)
        await expectRefusal(await post(meetings[0]!, { marks: [{ registration: 'x'.repeat(70 * 1024), present: true }] }), 413)
        await expectRefusal(await call(`${attendancePath(meetings[0]!)}?status=confirmed`), 400)
        await expectRefusal(await call(`${attendancePath(meetings[0]!)}?x=1`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(good()) }), 400)
      })
    })
  })
})
