import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient, type Client } from '@libsql/client'
import { afterEach, describe, expect, it } from 'vitest'
import { sqliteSynchronousFromEnv } from '../src/database.js'
import { withSettingsOnEveryConnection } from '../src/sqliteConnectionSettings.js'

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
  const client = async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kk-connections-'))
    dirs.push(dir)
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

  it('reads KK_SQLITE_SYNC: normal unless set, full when asked, and refuses anything else', () => {
    expect(sqliteSynchronousFromEnv({})).toBe('normal')
    expect(sqliteSynchronousFromEnv({ KK_SQLITE_SYNC: ' Normal ' })).toBe('normal')
    expect(sqliteSynchronousFromEnv({ KK_SQLITE_SYNC: 'full' })).toBe('full')
    for (const wrong of ['off', '0', 'extra', 'normal;DROP TABLE x']) {
      expect(() => sqliteSynchronousFromEnv({ KK_SQLITE_SYNC: wrong })).toThrow(/KK_SQLITE_SYNC must be "normal" or "full"/)
    }
  })
})
