import { startMailSink, type MailSink } from '@kurskatalog/test-support'
import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reconcileSeatsTaskSlug } from '../src/jobs/reconcileSeatsTask.js'
import { resolveOptions } from '../src/resolveOptions.js'
import { reconcileSeats } from '../src/seats/reconcileSeats.js'
import { seatStoreFor } from '../src/seats/seatStoreFor.js'
import { createCatalogFixture, type CatalogFixture } from './support/catalogFixtures.js'
import { testDatabases } from './support/databases.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'
import { acceptedSignups, seatsTaken } from './support/seatProbes.js'
import { emailToSink } from './support/withMailSink.js'
import { createSession } from './support/writeFixtures.js'

type Id = number | string

const quietSeconds = 1
const seatReconciliation = { quietSeconds, cron: '* * * * * *' }
const context = resolveOptions({ publicUrl: 'https://kurs.example.org', seatReconciliation })
/** A moment after the quiet period of everything done so far. */
const later = () => new Date(Date.now() + (quietSeconds + 5) * 1000)

/**
 * A process that dies between taking a seat and storing the registration leaves the seat taken for
 * nobody. The recount, a job on Payload's queue, gives it back (and to the waiting list), without
 * ever touching a ledger whose seats may be moving right now.
 */
describe.each(testDatabases)('seat ledgers recounted from their registrations on $name', (database) => {
  let catalog: RunningCatalog
  let fixture: CatalogFixture
  let sink: MailSink
  const signUp = acceptedSignups(() => catalog)
  const taken = (session: Id) => seatsTaken(catalog, session)
  const statusOf = async (session: Id, email: string) =>
    (await catalog.payload.find({ collection: 'registrations', where: { session: { equals: session }, email: { equals: email } }, depth: 0 })).docs[0]
      ?.status
  /** What a crash between the seat and the insert leaves: one seat more in the ledger than places. */
  const loseSeat = async (session: Id, capacity: number) => expect(await seatStoreFor(catalog.payload, context.slugs).takeSeat(session, capacity)).toBe(true)
  const req = () => createLocalReq({}, catalog.payload)

  beforeAll(async () => {
    sink = await startMailSink()
    catalog = await startCatalog(await database.start(), { publicUrl: 'https://kurs.example.org', trustedProxies: 1, seatReconciliation }, [
      emailToSink(sink),
    ])
    fixture = await createCatalogFixture(catalog.payload)
  })
  afterAll(async () => {
    await catalog?.stop()
    await sink?.stop()
  })

  it('gives back a seat taken for nobody, to the first on the waiting list, and emails them', async () => {
    const session = await createSession(catalog.payload, fixture, { capacity: 3 })
    await signUp(session, 'lost.seat1@oslo.kommune.no')
    await signUp(session, 'lost.seat2@oslo.kommune.no')
    await loseSeat(session, 3)
    expect((await signUp(session, 'lost.waiting1@oslo.kommune.no')).status, 'the lost seat makes the session look full').toBe('waitlisted')

    const result = await reconcileSeats(await req(), context, quietSeconds, later())
    expect(result.recounted.filter((ledger) => String(ledger.session) === String(session))).toEqual([
      { session: expect.anything(), counted: 3, held: 2 },
    ])
    expect(await statusOf(session, 'lost.waiting1@oslo.kommune.no')).toBe('confirmed')
    expect(await taken(session)).toBe(3)
    await sink.waitFor((message) => message.to.includes('lost.waiting1@oslo.kommune.no') && message.subject.startsWith('Du har fått plass'))
  })

  it('leaves alone a ledger whose seats moved within the quiet period: that move may be half done', async () => {
    const session = await createSession(catalog.payload, fixture, { capacity: 2 })
    await signUp(session, 'moving.seat1@oslo.kommune.no')
    await loseSeat(session, 2)
    const result = await reconcileSeats(await req(), context, 600)
    expect(result.recounted.map((ledger) => String(ledger.session))).not.toContain(String(session))
    expect(await taken(session)).toBe(2)
  })

  it('leaves alone a ledger whose registrations changed within the quiet period, even if the ledger did not', async () => {
    const session = await createSession(catalog.payload, fixture, { capacity: 2 })
    await signUp(session, 'recent.seat1@oslo.kommune.no')
    await loseSeat(session, 2)
    const now = later()
    // A registration of the session written "now": its seat move may still be on its way to the ledger.
    const place = (await catalog.payload.find({ collection: 'registrations', where: { session: { equals: session } }, depth: 0 })).docs[0]!
    await catalog.payload.update({ collection: 'registrations', id: place.id, data: { role: 'Rådgiver' } })
    const result = await reconcileSeats(await req(), context, (now.getTime() - Date.now()) / 1000 + 60, now)
    expect(result.recounted.map((ledger) => String(ledger.session))).not.toContain(String(session))
    expect(await taken(session)).toBe(2)
  })

  it('corrects each ledger once when several instances recount at the same moment', async () => {
    const session = await createSession(catalog.payload, fixture, { capacity: 4 })
    await signUp(session, 'race.seat1@oslo.kommune.no')
    await loseSeat(session, 4)
    await loseSeat(session, 4)
    const now = later()
    const runs = await Promise.all(Array.from({ length: 5 }, async () => reconcileSeats(await req(), context, quietSeconds, now)))
    const corrections = runs.flatMap((run) => run.recounted).filter((ledger) => String(ledger.session) === String(session))
    expect(corrections).toEqual([{ session: expect.anything(), counted: 3, held: 1 }])
    expect(await taken(session)).toBe(1)
  })

  it('changes nothing where the ledger is right', async () => {
    const session = await createSession(catalog.payload, fixture, { capacity: 1 })
    await signUp(session, 'right.seat1@oslo.kommune.no')
    await signUp(session, 'right.waiting1@oslo.kommune.no')
    const result = await reconcileSeats(await req(), context, quietSeconds, later())
    expect(result.recounted.map((ledger) => String(ledger.session))).not.toContain(String(session))
    expect(await taken(session)).toBe(1)
    expect(await statusOf(session, 'right.waiting1@oslo.kommune.no')).toBe('waitlisted')
  })

  it("runs as a task on Payload's jobs queue, on the plugin's queue", async () => {
    const session = await createSession(catalog.payload, fixture, { capacity: 2 })
    await signUp(session, 'job.seat1@oslo.kommune.no')
    await loseSeat(session, 2)
    await new Promise((resolve) => setTimeout(resolve, (quietSeconds + 0.2) * 1000))
    await catalog.payload.jobs.queue({ task: reconcileSeatsTaskSlug, input: {}, queue: context.jobsQueue })
    // Only the recount: the sign-ups' emails wait on the same queue.
    const run = await catalog.payload.jobs.run({ queue: context.jobsQueue, where: { taskSlug: { equals: reconcileSeatsTaskSlug } } })
    expect(Object.values(run.jobStatus ?? {}).map((status) => status.status)).toEqual(['success'])
    expect(run.remainingJobsFromQueried).toBe(0)
    expect(await taken(session)).toBe(1)
  })

  it("is queued by the queue's own scheduler, as the CMS's runner does each tick", async () => {
    const session = await createSession(catalog.payload, fixture, { capacity: 2 })
    await signUp(session, 'scheduled.seat1@oslo.kommune.no')
    await loseSeat(session, 2)
    await new Promise((resolve) => setTimeout(resolve, (quietSeconds + 0.2) * 1000))
    const scheduled = await catalog.payload.jobs.handleSchedules({ queue: context.jobsQueue })
    expect(scheduled.queued.map((queueable) => queueable.taskConfig?.slug)).toContain(reconcileSeatsTaskSlug)
    // Queued to run at the cron's next moment (here: the next second).
    await new Promise((resolve) => setTimeout(resolve, 1100))
    // Only the recount: the sign-ups' emails wait on the same queue.
    const run = await catalog.payload.jobs.run({ queue: context.jobsQueue, where: { taskSlug: { equals: reconcileSeatsTaskSlug } } })
    expect(Object.values(run.jobStatus ?? {}).map((status) => status.status)).toEqual(['success'])
    expect(await taken(session)).toBe(1)
  })

  it('is scheduled again when a run was left processing by a process that died', async () => {
    // Let earlier tests' scheduled runs finish, so only the one made here is in the queue.
    await new Promise((resolve) => setTimeout(resolve, 1100))
    await catalog.payload.jobs.run({ queue: context.jobsQueue })
    // The recount's own schedule: the reminders' run (every 5 minutes) may fall due meanwhile and be queued beside it.
    const recounts = async () => (await catalog.payload.jobs.handleSchedules({ queue: context.jobsQueue })).queued.filter((queueable) => queueable.taskConfig?.slug === reconcileSeatsTaskSlug)
    expect(await recounts()).toHaveLength(1)
    const [stuck] = (await catalog.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: reconcileSeatsTaskSlug }, completedAt: { exists: false } }, overrideAccess: true })).docs
    // What a SIGKILL in the middle of the run leaves: marked processing, never finished.
    await catalog.payload.db.updateJobs({ id: stuck!.id, data: { processing: true } })
    expect(await recounts(), 'a run that may still be going holds the schedule').toHaveLength(0)
    await new Promise((resolve) => setTimeout(resolve, (quietSeconds + 0.2) * 1000))
    expect(await recounts(), 'an abandoned run no longer does').toHaveLength(1)
    const ended = await catalog.payload.findByID({ collection: 'payload-jobs', id: stuck!.id, overrideAccess: true })
    expect([ended.processing, ended.hasError]).toEqual([false, true])
  })
})
