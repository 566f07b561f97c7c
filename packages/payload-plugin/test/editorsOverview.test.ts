import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadEditorsOverview } from '../src/dashboard/editorsOverview.js'
import { catalogContextOf } from '../src/routes/catalogContextOf.js'
import type { CatalogContext } from '../src/types.js'
import { createCatalogFixture, type CatalogFixture } from './support/catalogFixtures.js'
import { testDatabases } from './support/databases.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'

type Id = number | string
const day = 24 * 60 * 60 * 1000
/** The catalogue's clock runs three days ahead of the real one: what was made now is three days old to it. */
const clockAhead = 3 * day
const catalogNow = () => new Date(Date.now() + clockAhead)
/** An instant `days` after the catalogue's now (before it, when negative). */
const at = (days: number, hours = 0) => new Date(catalogNow().getTime() + days * day + hours * 60 * 60 * 1000).toISOString()

describe.each(testDatabases)('the editors\' dashboard figures on $name', (database) => {
  let catalog: RunningCatalog
  let payload: Payload
  let context: CatalogContext
  let fixture: CatalogFixture
  let editor: PayloadRequest
  const run = Date.now().toString(36)
  const made: Record<string, Id> = {}
  let person = 0

  const session = async (name: string, setup: { inDays: number; capacity: number; minParticipants?: number; status?: 'open' | 'cancelled'; programme?: boolean }) => {
    const meetings = [{ startsAt: at(setup.inDays), endsAt: at(setup.inDays, 6) }]
    const created = await payload.create({
      collection: 'sessions',
      data: {
        kind: setup.programme ? 'programme' : 'course',
        ...(setup.programme ? { programme: fixture.programme } : { course: fixture.courses[0] }),
        capacity: setup.capacity,
        minParticipants: setup.minParticipants,
        waitlistEnabled: true,
        status: 'open',
        meetings,
      } as never,
    })
    made[name] = created.id
    if (setup.status === 'cancelled') await payload.update({ collection: 'sessions', id: created.id, data: { status: 'cancelled' } })
    return created.id
  }
  const places = async (sessionId: Id, status: 'confirmed' | 'waitlisted' | 'pending-approval', count: number) => {
    for (let index = 0; index < count; index++) {
      person += 1
      await payload.create({
        collection: 'registrations',
        data: { session: sessionId, name: `Deltaker ${person}`, email: `deltaker${person}-${run}@oslo.kommune.no`, agency: 'Bydel Alna', status } as never,
      })
    }
  }
  const request = async (agency: string, status: string, createdAt?: string) => {
    const created = await payload.create({
      collection: 'service-requests',
      data: {
        service: fixture.service,
        contactName: `Kontakt ${agency}`,
        email: `bestiller-${run}@oslo.kommune.no`,
        agency,
        wishedDates: 'Våren',
        groupSize: 25,
        description: 'En dag med Open Space',
        status,
        ...(createdAt ? { createdAt } : {}),
      } as never,
    })
    return created.id
  }
  const failedEmail = async (subject: string) =>
    (
      await payload.create({
        collection: 'queued-emails',
        data: { to: `mottaker-${run}@oslo.kommune.no`, subject, text: subject, html: `<p>${subject}</p>`, kind: 'reminder', status: 'failed', attempts: 6, lastError: 'connect ECONNREFUSED 127.0.0.1:25', messageId: `<${subject.replace(/\W/g, '')}-${run}@kurs.example.org>` } as never,
      })
    ).id
  const userReq = async (email: string) => {
    const user = await payload.create({ collection: 'users', data: { email, password: 'kurskatalog-test' } })
    return createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  }

  beforeAll(async () => {
    catalog = await startCatalog(await database.start(), { clock: catalogNow, isEditor: (req) => Boolean(req.user) && !String(req.user?.email).startsWith('vikar-') })
    payload = catalog.payload
    context = catalogContextOf(payload)!
    fixture = await createCatalogFixture(payload)

    await places(await session('full', { inDays: 5, capacity: 3 }), 'confirmed', 3)
    await places(made.full!, 'waitlisted', 2)
    const underMinimum = await session('underMinimum', { inDays: 12, capacity: 10, minParticipants: 5 })
    await places(underMinimum, 'confirmed', 2)
    await places(underMinimum, 'pending-approval', 1)
    await places(await session('atMinimum', { inDays: 20, capacity: 8, minParticipants: 2, programme: true }), 'confirmed', 2)
    await places(await session('farUnderMinimum', { inDays: 45, capacity: 24, minParticipants: 8 }), 'confirmed', 1)
    await session('farNoMinimum', { inDays: 40, capacity: 20 })
    await session('cancelledSoon', { inDays: 7, capacity: 10, minParticipants: 5, status: 'cancelled' })
    // Started yesterday by the catalogue's clock (tomorrow by the real one): no longer upcoming.
    await session('started', { inDays: -1, capacity: 10, minParticipants: 5 })
    const someoneCancels = (
      await payload.find({ collection: 'registrations', where: { session: { equals: made.full }, status: { equals: 'confirmed' } }, sort: 'createdAt', limit: 1, depth: 0 })
    ).docs[0]!
    await payload.update({ collection: 'registrations', id: someoneCancels.id, data: { status: 'cancelled' } as never })

    made.oldRequest = await request('Bydel Frogner', 'new', new Date(Date.now() - 10 * day).toISOString())
    made.dialogue = await request('Bydel Alna', 'in-dialogue', new Date(Date.now() - 4 * day).toISOString())
    made.newRequest = await request('Oslobygg', 'new')
    await request('Helseetaten', 'confirmed')
    await request('Bymiljøetaten', 'declined')

    made.olderFailure = await failedEmail('Påminnelse: første')
    made.latestFailure = await failedEmail('Påminnelse: siste')
    editor = await userReq(`redaktor-${run}@example.org`)
  })

  afterAll(async () => {
    await catalog?.stop()
  })

  it('lists the open sessions of the next 30 days with their fill, waiting list and approvals, the first first', async () => {
    const overview = await loadEditorsOverview(editor, context)
    expect(overview.horizonDays).toBe(30)
    expect(Math.abs(Date.parse(overview.now) - catalogNow().getTime())).toBeLessThan(60_000)
    expect(overview.nextSessions.map((row) => row.id)).toEqual([made.full, made.underMinimum, made.atMinimum])
    // One of the full session's three moved out; the first on the waiting list moved up into the seat.
    expect(overview.nextSessions[0]).toMatchObject({ capacity: 3, confirmed: 3, waitlisted: 1, awaitingApproval: 0, seatsLeft: 0, minParticipants: null, kind: 'course', title: 'Tillitsbasert styring og ledelse' })
    expect(overview.nextSessions[1]).toMatchObject({ capacity: 10, confirmed: 2, waitlisted: 0, awaitingApproval: 1, seatsLeft: 7, minParticipants: 5 })
    expect(overview.nextSessions[2]).toMatchObject({ capacity: 8, confirmed: 2, seatsLeft: 6, minParticipants: 2, kind: 'programme', title: 'Tillitsbasert ledelse' })
  })

  it('names as at risk every upcoming open session under its minimum, however far ahead', async () => {
    const overview = await loadEditorsOverview(editor, context)
    expect(overview.atRisk.map((row) => row.id)).toEqual([made.underMinimum, made.farUnderMinimum])
    expect(overview.atRisk[1]).toMatchObject({ capacity: 24, confirmed: 1, minParticipants: 8 })
  })

  it('lists the service requests waiting for an answer, the oldest first, with their age in days', async () => {
    const overview = await loadEditorsOverview(editor, context)
    expect(overview.serviceRequests.total).toBe(3)
    expect(overview.serviceRequests.oldest.map((row) => [row.id, row.status, row.agency, row.service])).toEqual([
      [made.oldRequest, 'new', 'Bydel Frogner', 'Open Space'],
      [made.dialogue, 'in-dialogue', 'Bydel Alna', 'Open Space'],
      [made.newRequest, 'new', 'Oslobygg', 'Open Space'],
    ])
    // Oslo calendar days; the requests were made whole days apart (no clock change lies in between this time of year).
    const [oldest, dialogue, newest] = overview.serviceRequests.oldest.map((row) => row.ageDays)
    expect(newest).toBe(3)
    expect(dialogue).toBe(7)
    expect(oldest).toBe(13)
  })

  it('counts the failed emails and shows the latest first, and shows only as many as asked', async () => {
    const overview = await loadEditorsOverview(editor, context, { shown: 1 })
    expect(overview.failedEmails.total).toBe(2)
    expect(overview.failedEmails.latest).toEqual([expect.objectContaining({ id: made.latestFailure, subject: 'Påminnelse: siste', lastError: 'connect ECONNREFUSED 127.0.0.1:25' })])
    expect(overview.serviceRequests.total).toBe(3)
    expect(overview.serviceRequests.oldest.map((row) => row.id)).toEqual([made.oldRequest])
  })

  it('reads under the user\'s own access: someone who is no editor is refused', async () => {
    const temp = await userReq(`vikar-${run}@example.org`)
    await expect(loadEditorsOverview(temp, context)).rejects.toThrow(/not allowed/i)
    const anonymous = await createLocalReq({}, payload)
    await expect(loadEditorsOverview(anonymous, context)).rejects.toThrow(/not allowed/i)
  })

  it('keeps a session\'s minimum a whole number from 1 to its seats, over REST and the Local API, and writes nothing else', async () => {
    const id = made.atMinimum!
    const token = (await payload.login({ collection: 'users', data: { email: `redaktor-${run}@example.org`, password: 'kurskatalog-test' } })).token!
    const patch = (body: unknown) =>
      catalog.request(`/api/sessions/${id}`, { method: 'PATCH', headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    for (const wrong of [0, -3, 9, 2.5, 'åtte', '2<script>', '9'.repeat(5000), true, [3], { min: 3 }]) {
      const answer = await patch({ minParticipants: wrong })
      expect(answer.status, `${JSON.stringify(wrong).slice(0, 40)}: ${await answer.clone().text()}`).toBe(400)
      const text = await answer.text()
      expect(JSON.parse(text)).toMatchObject({ errors: [{ name: 'ValidationError', data: { errors: [{ path: 'minParticipants' }] } }] })
      // The test host's admin speaks English only (the CMS adds bokmål, which the field answers in first).
      expect(text).toContain('Enter a whole number from 1 to the number of seats')
      expect((await payload.findByID({ collection: 'sessions', id, depth: 0 })).minParticipants).toBe(2)
    }
    // Fewer seats than the minimum is refused too, whichever of the two is changed.
    const fewerSeats = await patch({ capacity: 1 })
    expect(fewerSeats.status).toBe(400)
    expect((await fewerSeats.json()).errors[0].data.errors).toEqual([expect.objectContaining({ path: 'minParticipants' })])
    expect((await payload.findByID({ collection: 'sessions', id, depth: 0 })).capacity).toBe(8)
    expect((await payload.findByID({ collection: 'sessions', id, depth: 0 })).minParticipants).toBe(2)
    expect((await patch({ minParticipants: '8' })).status).toBe(200)
    expect((await payload.findByID({ collection: 'sessions', id, depth: 0 })).minParticipants).toBe(8)
    expect((await patch({ minParticipants: null })).status).toBe(200)
    expect((await payload.findByID({ collection: 'sessions', id, depth: 0 })).minParticipants ?? null).toBeNull()
    await expect(payload.update({ collection: 'sessions', id, data: { minParticipants: 9 } as never })).rejects.toThrow(/Minimum participants|minParticipants/)
    await payload.update({ collection: 'sessions', id, data: { minParticipants: 2 } as never })
    // Without a login nothing changes.
    const anonymous = await catalog.request(`/api/sessions/${id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ minParticipants: 1 }) })
    expect(anonymous.status).toBe(403)
    expect((await payload.findByID({ collection: 'sessions', id, depth: 0 })).minParticipants).toBe(2)
  })

  it('asks the database the same number of times for a catalogue four times the size', async () => {
    const queries = async () => {
      const find = payload.db.find
      let calls = 0
      // Only the dashboard's own queries: the outbox may be sending the new places' emails meanwhile.
      payload.db.find = (async (...args: Parameters<typeof find>) => {
        if (args[0].req === editor) calls++
        return find.apply(payload.db, args)
      }) as typeof find
      try {
        await loadEditorsOverview(editor, context)
      } finally {
        payload.db.find = find
      }
      return calls
    }
    const before = await queries()
    for (let index = 0; index < 9; index++) await places(await session(`more${index}`, { inDays: 2 + index, capacity: 4, minParticipants: 3 }), 'confirmed', 1)
    const overview = await loadEditorsOverview(editor, context)
    expect(overview.nextSessions).toHaveLength(12)
    expect(overview.atRisk).toHaveLength(11)
    expect(await queries()).toBe(before)
    // Sessions, their registrations, ledgers, courses and programmes; the waiting requests and their services; the failed emails.
    expect(before).toBe(8)
  })
})
