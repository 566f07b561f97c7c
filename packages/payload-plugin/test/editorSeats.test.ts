import type { ApiErrorBody } from '@kurskatalog/contract'
import { startMailSink, type MailMessage, type MailSink } from '@kurskatalog/test-support'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCatalogFixture, type CatalogFixture } from './support/catalogFixtures.js'
import { testDatabases } from './support/databases.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'
import { failAfterHooks, failSavesOnRequest } from './support/failSavesOnRequest.js'
import { acceptedSignups, seatsTaken } from './support/seatProbes.js'
import { emailToSink } from './support/withMailSink.js'
import { createSession } from './support/writeFixtures.js'
import { postJson, registrationsPath, signupBody } from './support/writeRequests.js'

type Id = number | string

/**
 * Editors change registrations and sessions in the admin; the seat ledger must follow every change
 * the public sign-up and cancel link make, or seats are lost or sessions overbooked. These go
 * through Payload's Local API, which runs the same operations (and transactions) as the admin.
 */
describe.each(testDatabases)('editors changing places in the admin on $name', (database) => {
  let catalog: RunningCatalog
  let fixture: CatalogFixture
  let sink: MailSink
  const signUp = acceptedSignups(() => catalog)
  const places = async (session: Id) =>
    (
      await catalog.payload.find({ collection: 'registrations', where: { session: { equals: session } }, pagination: false, depth: 0, sort: 'createdAt' })
    ).docs
  const statuses = async (session: Id) => (await places(session)).map((doc) => [doc.email, doc.status, doc.waitlistPosition ?? null])
  const taken = (session: Id) => seatsTaken(catalog, session)
  const placeOf = async (session: Id, email: string) => (await places(session)).find((doc) => doc.email === email)!
  const promotionTo = (address: string) => (message: MailMessage) => message.to.includes(address) && message.subject.startsWith('Du har fått plass')
  /** The field an editor's refused save is refused on, and the message the admin shows there (in English: the Local API's language). */
  const refusal = async (save: Promise<unknown>) => {
    const error = await save.then(
      () => null,
      (thrown: { data?: { errors?: { path: string; message: string }[] } }) => thrown,
    )
    expect(error, 'the save is refused').not.toBeNull()
    const [first] = error?.data?.errors ?? []
    return { path: first?.path, message: first?.message ?? '' }
  }
  const byEditor = (data: Record<string, unknown>) => ({ name: 'Lagt inn av redaktør', agency: 'Bydel Frogner', ...data })

  /** A full session of `capacity` seats with `waiting` people on its waiting list, all signed up through the API. */
  async function fullSession(capacity: number, waiting: number, tag: string) {
    const session = await createSession(catalog.payload, fixture, { capacity })
    for (let seat = 1; seat <= capacity; seat++) await signUp(session, `${tag}.seat${seat}@oslo.kommune.no`)
    for (let place = 1; place <= waiting; place++) await signUp(session, `${tag}.waiting${place}@oslo.kommune.no`)
    return session
  }

  beforeAll(async () => {
    sink = await startMailSink()
    catalog = await startCatalog(await database.start(), { publicUrl: 'https://kurs.example.org', trustedProxies: 1 }, [
      emailToSink(sink),
      failSavesOnRequest(),
    ])
    fixture = await createCatalogFixture(catalog.payload)
  })
  afterAll(async () => {
    await catalog?.stop()
    await sink?.stop()
  })

  it('opens a new session\'s seat ledger with the session, so a rush of first sign-ups never races to make it', async () => {
    const session = await createSession(catalog.payload, fixture, { capacity: 4 })
    const ledgers = await catalog.payload.find({ collection: 'session-seats', where: { session: { equals: session } }, depth: 0 })
    expect(ledgers.docs.map((ledger) => [Number(ledger.taken), Number(ledger.waitlistIssued)])).toEqual([[0, 0]])
  })

  it('gives the seat an editor cancels to the first on the waiting list, and emails them', async () => {
    const session = await fullSession(2, 2, 'cancel')
    const holder = await placeOf(session, 'cancel.seat1@oslo.kommune.no')
    const cancelled = await catalog.payload.update({ collection: 'registrations', id: holder.id, data: { status: 'cancelled' } })
    expect(cancelled.cancelledAt).toBeTruthy()
    expect(await statuses(session)).toEqual([
      ['cancel.seat1@oslo.kommune.no', 'cancelled', null],
      ['cancel.seat2@oslo.kommune.no', 'confirmed', null],
      ['cancel.waiting1@oslo.kommune.no', 'confirmed', 1],
      ['cancel.waiting2@oslo.kommune.no', 'waitlisted', 2],
    ])
    expect(await taken(session)).toBe(2)
    const promotion = await sink.waitFor(promotionTo('cancel.waiting1@oslo.kommune.no'))
    expect(promotion.subject).toContain('Tillitsbasert styring og ledelse')
    // The address is free again: the person may sign up anew.
    await signUp(session, 'cancel.seat1@oslo.kommune.no')
    expect((await placeOf(session, 'cancel.waiting2@oslo.kommune.no')).status).toBe('waitlisted')
  })

  it('gives the seat of a deleted registration to the waiting list; deleting a waiting place frees no seat', async () => {
    const session = await fullSession(1, 2, 'delete')
    await catalog.payload.delete({ collection: 'registrations', id: (await placeOf(session, 'delete.waiting2@oslo.kommune.no')).id })
    expect(await taken(session)).toBe(1)
    await catalog.payload.delete({ collection: 'registrations', id: (await placeOf(session, 'delete.seat1@oslo.kommune.no')).id })
    expect(await statuses(session)).toEqual([['delete.waiting1@oslo.kommune.no', 'confirmed', 1]])
    expect(await taken(session)).toBe(1)
    await sink.waitFor(promotionTo('delete.waiting1@oslo.kommune.no'))
  })

  it('moves the waiting list up into new seats when an editor raises the capacity, first number first', async () => {
    const session = await fullSession(1, 3, 'raise')
    await catalog.payload.update({ collection: 'sessions', id: session, data: { capacity: 3 } })
    expect(await statuses(session)).toEqual([
      ['raise.seat1@oslo.kommune.no', 'confirmed', null],
      ['raise.waiting1@oslo.kommune.no', 'confirmed', 1],
      ['raise.waiting2@oslo.kommune.no', 'confirmed', 2],
      ['raise.waiting3@oslo.kommune.no', 'waitlisted', 3],
    ])
    expect(await taken(session)).toBe(3)
    await sink.waitFor(promotionTo('raise.waiting2@oslo.kommune.no'))
    // Fewer seats take no one's place; the session just takes nobody new.
    await catalog.payload.update({ collection: 'sessions', id: session, data: { capacity: 1 } })
    expect((await places(session)).filter((doc) => doc.status === 'confirmed')).toHaveLength(3)
    await signUp(session, 'raise.late@oslo.kommune.no')
    expect((await placeOf(session, 'raise.late@oslo.kommune.no')).status).toBe('waitlisted')
  })

  it('undoes the seats it moved when the save fails afterwards', async () => {
    const session = await fullSession(1, 1, 'rollback')
    const holder = await placeOf(session, 'rollback.seat1@oslo.kommune.no')
    const failing = { [failAfterHooks]: true }
    await expect(catalog.payload.update({ collection: 'registrations', id: holder.id, data: { status: 'cancelled' }, context: failing })).rejects.toThrow(
      /failed on request/,
    )
    await expect(catalog.payload.update({ collection: 'sessions', id: session, data: { capacity: 3 }, context: failing })).rejects.toThrow(/failed on request/)
    expect(await statuses(session)).toEqual([
      ['rollback.seat1@oslo.kommune.no', 'confirmed', null],
      ['rollback.waiting1@oslo.kommune.no', 'waitlisted', 1],
    ])
    expect(await taken(session)).toBe(1)
    // A later save that succeeds moves the list up as usual.
    await catalog.payload.update({ collection: 'sessions', id: session, data: { capacity: 2 } })
    expect((await placeOf(session, 'rollback.waiting1@oslo.kommune.no')).status).toBe('confirmed')
    expect(await taken(session)).toBe(2)
  })

  it('takes a seat for a place an editor adds, refuses one over capacity, and numbers an added waiting place', async () => {
    const session = await createSession(catalog.payload, fixture, { capacity: 1 })
    await catalog.payload.create({ collection: 'registrations', data: byEditor({ session, email: 'Added.Seat@Oslo.Kommune.no', status: 'confirmed' }) })
    expect(await taken(session)).toBe(1)
    expect(await refusal(catalog.payload.create({ collection: 'registrations', data: byEditor({ session, email: 'over@oslo.kommune.no', status: 'confirmed' }) }))).toMatchObject({ path: 'status', message: expect.stringMatching(/The session is full/) })
    await catalog.payload.create({ collection: 'registrations', data: byEditor({ session, email: 'added.waiting@oslo.kommune.no', status: 'waitlisted' }) })
    await signUp(session, 'public.waiting@oslo.kommune.no')
    expect(await statuses(session)).toEqual([
      ['added.seat@oslo.kommune.no', 'confirmed', null],
      ['added.waiting@oslo.kommune.no', 'waitlisted', 1],
      ['public.waiting@oslo.kommune.no', 'waitlisted', 2],
    ])
    expect(await taken(session)).toBe(1)
    // The public sign-up knows the address the editor added.
    const again = await catalog.request(registrationsPath(session), postJson(signupBody({ email: 'added.seat@oslo.kommune.no' }), { headers: { 'X-Forwarded-For': '198.51.100.251' } }))
    expect(again.status).toBe(409)
    expect(((await again.json()) as ApiErrorBody).error.code).toBe('already-registered')
    expect(await refusal(catalog.payload.create({ collection: 'registrations', data: byEditor({ session, email: 'added.waiting@oslo.kommune.no', status: 'waitlisted' }) }))).toMatchObject({ path: 'email', message: expect.stringMatching(/already signed up for this session/) })
  })

  it('lets an editor move someone up by hand only into a free seat', async () => {
    const session = await fullSession(1, 1, 'byhand')
    const waiting = await placeOf(session, 'byhand.waiting1@oslo.kommune.no')
    expect(await refusal(catalog.payload.update({ collection: 'registrations', id: waiting.id, data: { status: 'confirmed' } }))).toMatchObject({ path: 'status', message: expect.stringMatching(/The session is full/) })
    expect((await placeOf(session, 'byhand.waiting1@oslo.kommune.no')).status).toBe('waitlisted')
    expect(await taken(session)).toBe(1)
    await catalog.payload.update({ collection: 'sessions', id: session, data: { capacity: 2 } })
    expect((await placeOf(session, 'byhand.waiting1@oslo.kommune.no')).status).toBe('confirmed')
    expect(await taken(session)).toBe(2)
  })

  it('refuses the changes the seats cannot follow, and changes nothing', async () => {
    const session = await fullSession(1, 1, 'refuse')
    const other = await createSession(catalog.payload, fixture, { capacity: 5 })
    const holder = await placeOf(session, 'refuse.seat1@oslo.kommune.no')
    expect(await refusal(catalog.payload.update({ collection: 'registrations', id: holder.id, data: { status: 'waitlisted' } }))).toMatchObject({ path: 'status', message: expect.stringMatching(/cannot go back to the waiting list/) })
    expect(await refusal(catalog.payload.update({ collection: 'registrations', id: holder.id, data: { session: other } }))).toMatchObject({ path: 'session', message: expect.stringMatching(/cannot be moved to another session/) })
    await catalog.payload.update({ collection: 'registrations', id: holder.id, data: { status: 'cancelled' } })
    expect(await refusal(catalog.payload.update({ collection: 'registrations', id: holder.id, data: { status: 'confirmed' } }))).toMatchObject({ path: 'status', message: expect.stringMatching(/cannot be reopened/) })
    expect(await statuses(session)).toEqual([
      ['refuse.seat1@oslo.kommune.no', 'cancelled', null],
      ['refuse.waiting1@oslo.kommune.no', 'confirmed', 1],
    ])
    expect(await taken(session)).toBe(1)
    expect(await taken(other)).toBe(0)
  })

  it('marks attendance without moving seats, and keeps one place per address when an email is edited', async () => {
    const session = await fullSession(2, 0, 'attend')
    const first = await placeOf(session, 'attend.seat1@oslo.kommune.no')
    await catalog.payload.update({ collection: 'registrations', id: first.id, data: { status: 'attended' } })
    expect(await taken(session)).toBe(2)
    expect(await refusal(catalog.payload.update({ collection: 'registrations', id: first.id, data: { email: 'attend.seat2@oslo.kommune.no' } }))).toMatchObject({ path: 'email', message: expect.stringMatching(/already signed up for this session/) })
    await catalog.payload.update({ collection: 'registrations', id: first.id, data: { email: 'attend.renamed@oslo.kommune.no' } })
    await catalog.payload.update({ collection: 'registrations', id: first.id, data: { status: 'cancelled' } })
    expect(await taken(session)).toBe(1)
  })
})
