import { createLocalReq, type PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { afterTransaction } from '../src/database/afterTransaction.js'
import { openTransaction } from '../src/database/openTransaction.js'
import { testDatabases } from './support/databases.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'

/**
 * `afterTransaction` runs its work once the change is committed, so what the work reads outside the
 * transaction (an email's row, the catalogue's stamp) is there. Both adapters take a transaction out of
 * their registry before its commit is done: the work must wait for the commit itself, not the registry.
 */
describe.each(testDatabases)('work after a transaction on $name', (database) => {
  let catalog: RunningCatalog

  beforeAll(async () => {
    catalog = await startCatalog(await database.start())
  })
  afterAll(async () => {
    await catalog?.stop()
  })

  const inTransaction = async () => {
    const req = await createLocalReq({}, catalog.payload)
    const id = await catalog.payload.db.beginTransaction()
    if (id === null) throw new Error('the adapter runs no transactions')
    req.transactionID = id
    return req
  }
  /**
   * Makes this transaction's commit (or rollback) take `ms` longer, as a slow disk or a far server does: the
   * adapter has already taken it out of its registry while the commit is on its way.
   */
  const slowEnd = (req: PayloadRequest, ms: number) => {
    const handle = openTransaction(catalog.payload, req.transactionID as string | number) as Record<string, unknown>
    const pause = () => new Promise((resolve) => setTimeout(resolve, ms))
    for (const name of ['commitTransaction', 'abortTransaction', 'resolve', 'reject']) {
      const original = handle[name]
      if (typeof original !== 'function') continue
      handle[name] = async (...args: unknown[]) => {
        await pause()
        return (original as (...given: unknown[]) => unknown).apply(handle, args)
      }
    }
  }
  /** A topic written in a new transaction, and `afterTransaction`'s work counting it from outside that transaction. */
  const writeAndWatch = async (title: string) => {
    const req = await inTransaction()
    await catalog.payload.create({ collection: 'topics', data: { title }, req })
    let found = -1
    const watching = afterTransaction(req, async () => {
      found = (await catalog.payload.find({ collection: 'topics', where: { title: { equals: title } }, depth: 0 })).totalDocs
    }, 'test')
    return { req, watching, found: () => found }
  }

  it('sees what the transaction wrote when its commit is slow to finish', async () => {
    const { req, watching, found } = await writeAndWatch('Skrevet, treg commit')
    slowEnd(req, 200)
    await catalog.payload.db.commitTransaction(req.transactionID!)
    await watching
    expect(found()).toBe(1)
  })

  it('sees what the transaction wrote when the commit comes later', async () => {
    const { req, watching, found } = await writeAndWatch('Skrevet, commit senere')
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(found()).toBe(-1)
    await catalog.payload.db.commitTransaction(req.transactionID!)
    await watching
    expect(found()).toBe(1)
  })

  it('runs after a rollback too, and finds nothing of it', async () => {
    const { req, watching, found } = await writeAndWatch('Rullet tilbake')
    slowEnd(req, 200)
    await catalog.payload.db.rollbackTransaction(req.transactionID!)
    await watching
    expect(found()).toBe(0)
  })

  it('runs at once when there is no transaction', async () => {
    const req = await createLocalReq({}, catalog.payload)
    let ran = false
    await afterTransaction(req, async () => {
      ran = true
    }, 'test')
    expect(ran).toBe(true)
  })
})
