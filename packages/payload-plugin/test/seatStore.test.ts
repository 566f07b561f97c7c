import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveOptions } from '../src/resolveOptions.js'
import { seatStoreFor } from '../src/seats/seatStoreFor.js'
import { createCatalogFixture, type CatalogFixture } from './support/catalogFixtures.js'
import { testDatabases } from './support/databases.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'
import { createSession } from './support/writeFixtures.js'

// Every session gets its ledger when it is made; one can still be missing (made before the ledger
// existed, or removed by hand). The seat store must then make it on first use, also under a race.
const { slugs } = resolveOptions({})

describe.each(testDatabases)('the seat store on $name, for a session whose ledger is missing', (database) => {
  let catalog: RunningCatalog
  let fixture: CatalogFixture

  beforeAll(async () => {
    catalog = await startCatalog(await database.start())
    fixture = await createCatalogFixture(catalog.payload)
  })
  afterAll(async () => {
    await catalog?.stop()
  })

  const sessionWithoutLedger = async (capacity: number) => {
    const session = await createSession(catalog.payload, fixture, { capacity })
    await catalog.payload.delete({ collection: 'session-seats', where: { session: { equals: session } }, overrideAccess: true })
    expect((await catalog.payload.count({ collection: 'session-seats', where: { session: { equals: session } } })).totalDocs).toBe(0)
    return session
  }
  const ledgerOf = async (session: number | string) =>
    (await catalog.payload.find({ collection: 'session-seats', where: { session: { equals: session } }, depth: 0 })).docs

  it('takes seats up to the capacity and no further, making the ledger on the first', async () => {
    const session = await sessionWithoutLedger(2)
    const store = seatStoreFor(catalog.payload, slugs)
    expect(await store.takeSeat(session, 2)).toBe(true)
    expect(await store.takeSeat(session, 2)).toBe(true)
    expect(await store.takeSeat(session, 2)).toBe(false)
    const ledger = await ledgerOf(session)
    expect(ledger).toHaveLength(1)
    expect(Number(ledger[0]!.taken)).toBe(2)
  })

  it('gives out waiting-list numbers 1, 2, 3 … once each, ten asked at once, making the ledger once', async () => {
    const session = await sessionWithoutLedger(1)
    const store = seatStoreFor(catalog.payload, slugs)
    const numbers = await Promise.all(Array.from({ length: 10 }, () => store.nextWaitlistNumber(session)))
    expect([...numbers].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
    const ledger = await ledgerOf(session)
    expect(ledger).toHaveLength(1)
    expect(Number(ledger[0]!.waitlistIssued)).toBe(10)
    expect(Number(ledger[0]!.taken)).toBe(0)
  })

  it('takes exactly the capacity when twenty ask at once for five seats with no ledger yet', async () => {
    const session = await sessionWithoutLedger(5)
    const store = seatStoreFor(catalog.payload, slugs)
    const taken = await Promise.all(Array.from({ length: 20 }, () => store.takeSeat(session, 5)))
    expect(taken.filter(Boolean)).toHaveLength(5)
    const ledger = await ledgerOf(session)
    expect(ledger).toHaveLength(1)
    expect(Number(ledger[0]!.taken)).toBe(5)
  })
})
