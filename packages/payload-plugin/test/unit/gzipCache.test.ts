import { randomBytes } from 'node:crypto'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { gzipCache } from '../../src/http/gzipCache.js'

const text = (seed: string) => new TextEncoder().encode(seed.repeat(200))

describe('gzipCache', () => {
  it('compresses a body once per ETag, however many ask at the same time', async () => {
    const gzipOf = gzipCache({ maxBytes: 1_000_000 })
    const first = gzipOf('"a"', text('kurs '))
    const second = gzipOf('"a"', text('something else entirely'))
    expect(second).toBe(first)
    expect(gunzipSync(await first).toString('utf8')).toBe('kurs '.repeat(200))
  })

  it('lets the least recently used go once the bytes kept pass the limit', async () => {
    // Random bytes do not compress, so each body kept is a little over 4 KB; two fit under the limit, three do not.
    const body = () => new Uint8Array(randomBytes(4096))
    const gzipOf = gzipCache({ maxBytes: 10_000 })
    const [a1, a2, b1, b2, c] = [body(), body(), body(), body(), body()]
    await gzipOf('"a"', a1)
    await gzipOf('"b"', b1)
    await gzipOf('"a"', a2) // used again: now the most recent, so "b" is the oldest
    await gzipOf('"c"', c)
    // A body that is still kept comes back as first compressed; one that was let go is compressed anew.
    expect(gunzipSync(await gzipOf('"a"', a2)).equals(Buffer.from(a1))).toBe(true)
    expect(gunzipSync(await gzipOf('"b"', b2)).equals(Buffer.from(b2))).toBe(true)
  })
})
