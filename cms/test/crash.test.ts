import { cmsTestDatabases, startBuiltCms, startBuiltCmsInstances, type BuiltCms, type CmsDatabase } from '@kurskatalog/test-support'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoAdmin, loginAs, type CmsApi } from './support/cmsApi.js'
import { createCourseSession } from './support/sessions.js'

const agencyOrigin = 'https://bydel.example.org'
const signups = 240
const seats = 160
const holding = ['confirmed', 'pending-approval', 'attended', 'no-show']
/**
 * Every instance ticks and schedules the recount every second, as several instances would in
 * production; the quiet period is longer than the whole race, so no recount may act on a seat
 * move still under way (a shorter one than a sign-up takes would be a bug the test should show).
 */
const jobsEnv = { KK_JOBS_CRON: '* * * * * *', KK_SEAT_RECOUNT_CRON: '* * * * * *', KK_SEAT_RECOUNT_QUIET_SECONDS: '20' }

/** A sign-up as a widget sends it; a process killed under it answers with a network error, kept as status 0. */
async function signUp(cms: BuiltCms, session: string | number, index: number): Promise<number> {
  try {
    const response = await fetch(`${cms.url}/api/catalog/v1/sessions/${session}/registrations`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: agencyOrigin },
      body: JSON.stringify({
        name: `Deltaker ${index}`,
        email: `krasj${index}@oslo.kommune.no`,
        agency: 'Bydel Gamle Oslo',
        idempotencyKey: `crash-${index}-${Math.random().toString(36).slice(2, 10)}`,
      }),
    })
    await response.arrayBuffer()
    return response.status
  } catch {
    return 0
  }
}

/** Every seat ledger beside the places its session's registrations hold. */
async function ledgersAgainstPlaces(admin: CmsApi) {
  const ledgers = await admin.get<{ docs: { session: string | number; taken: number }[] }>('/api/session-seats?limit=1000&depth=0')
  return Promise.all(
    ledgers.body.docs.map(async (ledger) => {
      const held = await admin.get<{ totalDocs: number }>(
        `/api/registrations?limit=1&depth=0&where[session][equals]=${ledger.session}&where[status][in]=${holding.join(',')}`,
      )
      return { session: String(ledger.session), taken: Number(ledger.taken), held: held.body.totalDocs }
    }),
  )
}

/**
 * A process killed with SIGKILL in the middle of a sign-up race may die between taking a seat and
 * storing its registration. After a restart, the seat recount on the jobs queue gives every such seat
 * back: every ledger ends equal to the places its registrations hold, and the session is never overbooked.
 */
describe.each(cmsTestDatabases)('a CMS process killed during a sign-up race on $name', ({ create }) => {
  let database: CmsDatabase
  let instances: BuiltCms[] = []
  let restarted: BuiltCms | undefined
  let admin: CmsApi
  let session: string | number

  beforeAll(async () => {
    database = await create()
    instances = await startBuiltCmsInstances(2, { database, env: { KK_DEMO_ORIGINS: agencyOrigin, ...jobsEnv } })
    admin = await loginAs(instances[1]!.url, 'admin', demoAdmin.email, demoAdmin.password)
    session = await createCourseSession(admin, seats)
  })

  afterAll(async () => {
    await Promise.all([...instances, ...(restarted ? [restarted] : [])].map((instance) => instance.stop()))
    await database?.stop()
  })

  it('ends with every seat ledger equal to its registrations after a restart', async () => {
    const [doomed, survivor] = instances as [BuiltCms, BuiltCms]
    let answeredByDoomed = 0
    const started = performance.now()
    const race = Array.from({ length: signups }, (_, index) =>
      index % 2 === 0
        ? signUp(doomed, session, index).then((status) => {
            answeredByDoomed += status === 201 ? 1 : 0
            return status
          })
        : signUp(survivor, session, index),
    )
    // Killed while its half of the race is under way: some of its sign-ups hold a seat and no row yet.
    const deadline = Date.now() + 30_000
    while (answeredByDoomed < signups / 8 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 5))
    process.kill(-doomed.pid, 'SIGKILL')
    const statuses = await Promise.all(race)
    const raceSeconds = (performance.now() - started) / 1000
    expect(statuses.filter((status) => status >= 500), 'no sign-up the survivor took failed').toEqual([])

    const before = (await ledgersAgainstPlaces(admin)).find((ledger) => ledger.session === String(session))!
    console.info(
      `[crash] the race took ${raceSeconds.toFixed(1)} s; killed one process after ${answeredByDoomed} of its answers; ${statuses.filter((status) => status === 0).length} sign-ups died with it; ` +
        `the ledger counted ${before.taken} seats for ${before.held} places`,
    )

    restarted = await startBuiltCms({
      database,
      env: { KK_DEMO_ORIGINS: agencyOrigin, ...jobsEnv },
    })
    let now = await ledgersAgainstPlaces(admin)
    const settled = Date.now() + 90_000
    while (now.some((ledger) => ledger.taken !== ledger.held) && Date.now() < settled) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      now = await ledgersAgainstPlaces(admin)
    }
    expect(now.filter((ledger) => ledger.taken !== ledger.held), 'ledgers that disagree with their registrations').toEqual([])
    const mine = now.find((ledger) => ledger.session === String(session))!
    expect(mine.held).toBeLessThanOrEqual(seats)
    console.info(`[crash] after the restart the ledger counts ${mine.taken} seats for ${mine.held} places`)
  })
})
