import { cmsTestDatabases, startBuiltCms, type BuiltCms, type CmsDatabase } from '@kurskatalog/test-support'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectionAccess } from './support/accessModel.js'
import { demoAdmin, loginAs, type CmsApi } from './support/cmsApi.js'

/** The line the seed logs when it has run (cms/src/seed/seedDemoCatalog.ts). */
const seedRan = /Demo catalogue ready/

/** Every collection's size as the admin sees it, drafts included. */
async function countAll(admin: CmsApi): Promise<Record<string, number>> {
  const counts: Record<string, number> = {}
  for (const collection of collectionAccess) {
    const answer = await admin.get<{ totalDocs: number }>(`/api/${collection.slug}?limit=1&depth=0${collection.drafts ? '&draft=true' : ''}`)
    expect(answer.status, `${collection.slug}: ${JSON.stringify(answer.body)}`).toBe(200)
    counts[collection.slug] = answer.body.totalDocs
  }
  return counts
}

describe.each(cmsTestDatabases)('the demo seed on $name', ({ create }) => {
  let database: CmsDatabase
  let running: BuiltCms | undefined
  let firstCounts: Record<string, number>

  const start = async () => {
    await running?.stop()
    running = await startBuiltCms({ database })
    return running
  }

  beforeAll(async () => {
    database = await create()
    const first = await start()
    expect(first.output()).toMatch(seedRan)
    firstCounts = await countAll(await loginAs(first.url, 'admin', demoAdmin.email, demoAdmin.password))
  })

  afterAll(async () => {
    await running?.stop()
    await database?.stop()
  })

  it('fills every catalogue collection on the first start', () => {
    for (const slug of ['courses', 'programmes', 'services', 'sessions', 'registrations', 'facilitators', 'locations', 'topics', 'agencies', 'session-seats']) {
      expect(firstCounts[slug], slug).toBeGreaterThan(0)
    }
    expect(firstCounts.users).toBe(1)
  })

  it('keeps every session\'s seat ledger true to the places it made, and numbers each waiting list from 1', async () => {
    const admin = await loginAs(running!.url, 'admin', demoAdmin.email, demoAdmin.password)
    type Place = { session: string | number; status: string; waitlistPosition?: number | null }
    const places = await admin.get<{ docs: Place[] }>('/api/registrations?limit=1000&depth=0&sort=waitlistPosition')
    const ledgers = await admin.get<{ docs: { session: string | number; taken: number; waitlistIssued: number }[] }>('/api/session-seats?limit=1000&depth=0')
    expect(ledgers.body.docs.length).toBeGreaterThan(0)
    let waitlists = 0
    for (const ledger of ledgers.body.docs) {
      const mine = places.body.docs.filter((place) => String(place.session) === String(ledger.session))
      expect(ledger.taken, `session ${ledger.session}`).toBe(mine.filter((place) => place.status === 'confirmed').length)
      const waiting = mine.filter((place) => place.status === 'waitlisted').map((place) => place.waitlistPosition)
      expect(waiting, `session ${ledger.session}`).toEqual(waiting.map((_, index) => index + 1))
      expect(ledger.waitlistIssued).toBe(waiting.length)
      if (waiting.length > 0) waitlists++
    }
    expect(waitlists, 'the seed has a full session with a waiting list').toBeGreaterThan(0)
  })

  it('leaves a database that has users alone on the next start', async () => {
    const second = await start()
    expect(second.output()).not.toMatch(seedRan)
    const counts = await countAll(await loginAs(second.url, 'admin', demoAdmin.email, demoAdmin.password))
    expect(counts).toEqual(firstCounts)
  })

  it('runs again over an existing catalogue (once the users are gone) without adding anything but the admin', async () => {
    // With no users left the next start seeds again, over everything the first run made.
    const before = running!
    const admin = await loginAs(before.url, 'admin', demoAdmin.email, demoAdmin.password)
    const deleted = await admin.delete(`/api/users/${admin.user.id}`)
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)

    const third = await start()
    expect(third.output()).toMatch(seedRan)
    const counts = await countAll(await loginAs(third.url, 'admin', demoAdmin.email, demoAdmin.password))
    expect(counts).toEqual(firstCounts)
  })
})
