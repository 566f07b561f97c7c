import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient, type Client } from '@libsql/client'
import { afterEach, describe, expect, it } from 'vitest'
import { sqliteSynchronousFromEnv } from '../src/database.js'
import { withSettingsOnEveryConnection } from '../src/sqliteConnectionSettings.js'
import { reuseTransactionConnections } from '../src/sqliteTransactionConnections.js'

// SQLite's numbers for PRAGMA synchronous.
const NORMAL = 1
const FULL = 2

describe('SQLite connection settings', () => {
  const dirs: string[] = []
  const clients: Client[] = []
  afterEach(() => {
    for (const client of clients.splice(0)) client.close()
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  const files: string[] = []
  const client = async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kk-connections-'))
    dirs.push(dir)
    files.push(join(dir, 'catalog.db'))
    const made = createClient({ url: `file:${join(dir, 'catalog.db')}` })
    clients.push(made)
    await made.execute('PRAGMA journal_mode = WAL')
    return made
  }
  const pragma = async (on: Client, name: string) => Number(Object.values((await on.execute(`PRAGMA ${name}`)).rows[0]!)[0])

  for (const [synchronous, expected] of [['normal', NORMAL], ['full', FULL]] as const) {
    it(`keeps synchronous=${synchronous} and the busy timeout on the first connection and on the fresh one libsql opens after each transaction`, async () => {
      const wrapped = withSettingsOnEveryConnection(await client(), { busyTimeoutMs: 7000, synchronous })
      expect(await pragma(wrapped, 'synchronous')).toBe(expected)
      expect(await pragma(wrapped, 'busy_timeout')).toBe(7000)
      for (let round = 0; round < 3; round++) {
        const transaction = await wrapped.transaction('write')
        // The transaction has the connection the settings were put on.
        expect(await pragma(transaction as unknown as Client, 'synchronous')).toBe(expected)
        await transaction.commit()
        transaction.close()
        // And the client's next connection is a new one that has them too.
        expect(await pragma(wrapped, 'synchronous')).toBe(expected)
        expect(await pragma(wrapped, 'busy_timeout')).toBe(7000)
      }
    })
  }

  it('would lose both on a fresh connection without it (the reason it exists)', async () => {
    const plain = await client()
    await plain.execute('PRAGMA synchronous = NORMAL')
    await plain.execute('PRAGMA busy_timeout = 7000')
    const transaction = await plain.transaction('write')
    await transaction.commit()
    transaction.close()
    expect(await pragma(plain, 'synchronous')).toBe(FULL)
    expect(await pragma(plain, 'busy_timeout')).toBe(0)
  })

  // A TEMP table lives on one connection only: seeing it again means the same connection.
  const onSameConnection = async (on: Pick<Client, 'execute'>, name: string) =>
    (await on.execute(`SELECT count(*) AS n FROM temp.sqlite_master WHERE name = '${name}'`)).rows[0]!.n === 1
  const pooled = async (synchronous: 'normal' | 'full' = 'normal') => {
    const plain = await client()
    return reuseTransactionConnections(plain, files.at(-1)!, [`PRAGMA busy_timeout = 7000;`, `PRAGMA synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'};`])
  }

  it("gives the next transaction the connection of the one before, with the settings, and keeps the client's own connection", async () => {
    const pool = await pooled('full')
    await pool.execute('CREATE TEMP TABLE mine (x)')
    await pool.execute('CREATE TABLE seats (id INTEGER PRIMARY KEY, taken INTEGER)')
    const first = await pool.transaction('write')
    await first.execute('CREATE TEMP TABLE first_tx (x)')
    await first.execute('INSERT INTO seats (taken) VALUES (1)')
    expect(await pragma(first as unknown as Client, 'synchronous')).toBe(FULL)
    expect(await pragma(first as unknown as Client, 'busy_timeout')).toBe(7000)
    await first.commit()
    first.close()
    // Without the pool libsql would now open a new connection here, without the TEMP table.
    expect(await onSameConnection(pool, 'mine')).toBe(true)
    for (let round = 0; round < 3; round++) {
      const next = await pool.transaction('write')
      expect(await onSameConnection(next, 'first_tx')).toBe(true)
      expect(await onSameConnection(next, 'mine')).toBe(false)
      await next.execute('INSERT INTO seats (taken) VALUES (1)')
      await next.commit()
      next.close()
    }
    expect((await pool.execute('SELECT count(*) AS n FROM seats')).rows[0]!.n).toBe(4)
  })

  it('takes the connection back after a commit or a rollback with no close() (as drizzle does), and rolls back what a failed one did', async () => {
    const pool = await pooled()
    await pool.execute('CREATE TABLE seats (id INTEGER PRIMARY KEY, taken INTEGER)')
    const marking = await pool.transaction('write')
    await marking.execute('CREATE TEMP TABLE marked (x)')
    await marking.commit()
    const failed = await pool.transaction('write')
    // A TEMP table made in a transaction goes with its rollback: this one was made in the committed one before.
    expect(await onSameConnection(failed, 'marked')).toBe(true)
    await failed.execute('INSERT INTO seats (taken) VALUES (1)')
    await failed.rollback()
    const next = await pool.transaction('write')
    expect(await onSameConnection(next, 'marked')).toBe(true)
    // What the ended transaction does late must not reach the one now on its connection.
    failed.close()
    await failed.rollback()
    await expect(failed.execute('INSERT INTO seats (taken) VALUES (9)')).rejects.toThrow(/has ended/)
    await expect(failed.commit()).rejects.toThrow(/has ended/)
    await next.execute('INSERT INTO seats (taken) VALUES (2)')
    await next.commit()
    const third = await pool.transaction('write')
    expect(await onSameConnection(third, 'marked')).toBe(true)
    await expect(next.execute('INSERT INTO seats (taken) VALUES (8)')).rejects.toThrow(/has ended/)
    await third.commit()
    expect((await pool.execute('SELECT taken FROM seats')).rows.map((row) => row.taken)).toEqual([2])
  })

  it('gives transactions open at the same time a connection each, and closes what the pool cannot keep', async () => {
    const pool = await pooled()
    await pool.execute('CREATE TABLE seats (id INTEGER PRIMARY KEY, taken INTEGER)')
    const open = await Promise.all(Array.from({ length: 6 }, () => pool.transaction('read')))
    for (const [index, transaction] of open.entries()) await transaction.execute(`CREATE TEMP TABLE t${index} (x)`)
    for (const [index, transaction] of open.entries()) {
      for (const other of open.keys()) expect(await onSameConnection(transaction, `t${other}`)).toBe(other === index)
    }
    for (const transaction of open) {
      await transaction.commit()
      transaction.close()
    }
    // Four kept: the next four transactions find one of the earlier TEMP tables each, a fifth gets a new connection.
    const again = await Promise.all(Array.from({ length: 5 }, () => pool.transaction('read')))
    const reused = await Promise.all(again.map(async (transaction) => (await Promise.all(open.map((_, index) => onSameConnection(transaction, `t${index}`)))).some(Boolean)))
    expect(reused.filter(Boolean)).toHaveLength(4)
    for (const transaction of again) {
      await transaction.commit()
      transaction.close()
    }
  })

  it('reads KK_SQLITE_SYNC: normal unless set, full when asked, and refuses anything else', () => {
    expect(sqliteSynchronousFromEnv({})).toBe('normal')
    expect(sqliteSynchronousFromEnv({ KK_SQLITE_SYNC: ' Normal ' })).toBe('normal')
    expect(sqliteSynchronousFromEnv({ KK_SQLITE_SYNC: 'full' })).toBe('full')
    for (const wrong of ['off', '0', 'extra', 'normal;DROP TABLE x']) {
      expect(() => sqliteSynchronousFromEnv({ KK_SQLITE_SYNC: wrong })).toThrow(/KK_SQLITE_SYNC must be "normal" or "full"/)
    }
  })
})
