import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import { gunzipSync } from 'node:zlib'
import { apiPaths } from '@kurskatalog/contract'
import { rawRequest, type RawAnswer } from '@kurskatalog/test-support'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { installPublicReadLane, publicReadLaneKey } from '../src/routes/installPublicReadLane.js'
import { publicReadLane, type PublicReadLane } from '../src/routes/publicReadLane.js'
import { testDatabases } from './support/databases.js'
import { seedReadCatalog, type ReadSeed } from './support/readCatalogSeed.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'

const sqlite = testDatabases.find((database) => database.name === 'sqlite')!
/** What the test's server answers when the lane hands a request on (Next.js would take it there). */
const handedOn = 599

/** A real HTTP server with the lane in front, as the CMS's `server.mjs` has it. */
async function laneServer(lane: PublicReadLane): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    if (lane(request, response)) return
    response.writeHead(handedOn, { 'Content-Type': 'text/plain' })
    response.end('handed on')
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

/** A request to the lane's server with exactly the headers given, the body as it came over the wire. */
const send = (origin: string, path: string, init?: Parameters<typeof rawRequest>[1]): Promise<RawAnswer> => rawRequest(`${origin}${path}`, init)

/** A request line sent as it is, for paths a client library would tidy up first; the status line back. */
async function rawStatus(origin: string, requestLine: string): Promise<number> {
  const { port } = new URL(origin)
  const socket = connect(Number(port), '127.0.0.1')
  await once(socket, 'connect')
  socket.write(`${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`)
  let text = ''
  for await (const chunk of socket) text += String(chunk)
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1])
}

describe('the public-read lane, on a real HTTP server (SQLite)', () => {
  let catalog: RunningCatalog
  let seed: ReadSeed
  let origin: string
  let server: Server

  beforeAll(async () => {
    catalog = await startCatalog(await sqlite.start())
    seed = await seedReadCatalog(catalog.payload)
    ;({ server, origin } = await laneServer(publicReadLane(catalog.payload)))
  })
  afterAll(async () => {
    server?.close()
    await catalog?.stop()
  })

  const programmeSlug = 'lederprogram-for-nye-ledere'
  const sameAsEndpoint = [
    apiPaths.offerings,
    `${apiPaths.offerings}?limit=2&page=2`,
    `${apiPaths.offerings}?q=${encodeURIComponent('arbeidsMILJØ')}&lang=en`,
    `${apiPaths.offerings}?q=${encodeURIComponent('pa\u030A tvers')}`,
    `${apiPaths.offerings}?limit=abc&format=hologram`,
    // 1,000 letters, 6 KB encoded: a search far longer than any field allows, under Node's 16 KB of headers.
    `${apiPaths.offerings}?q=${encodeURIComponent('ø'.repeat(1_000))}`,
    apiPaths.offering(programmeSlug),
    apiPaths.offering('finnes-ikke'),
    apiPaths.offering('hemmelig-utkast'),
    apiPaths.offering('<script>alert(1)</script>'),
  ]

  it.each(sameAsEndpoint.map((path) => ({ path, shown: path.slice(0, 90) })))('answers $shown exactly as the plugin’s endpoint does', async ({ path }) => {
    const fromLane = await send(origin, path, { headers: { 'Accept-Language': 'nn' } })
    const fromEndpoint = await catalog.request(path, { headers: { 'Accept-Language': 'nn' } })
    expect(fromLane.status).not.toBe(handedOn)
    expect(fromLane.status).toBe(fromEndpoint.status)
    expect(fromLane.body.toString('utf8')).toBe(await fromEndpoint.text())
    for (const name of ['content-type', 'etag', 'cache-control', 'access-control-allow-origin', 'access-control-expose-headers']) {
      expect(fromLane.headers[name], name).toBe(fromEndpoint.headers.get(name) ?? undefined)
    }
    expect(fromLane.headers['content-length']).toBe(String(fromLane.body.length))
  })

  it('gzips a large answer for a client that accepts gzip, and says that the answer varies with it', async () => {
    const plain = await send(origin, apiPaths.offerings)
    const zipped = await send(origin, apiPaths.offerings, { headers: { 'Accept-Encoding': 'gzip, deflate, br, zstd' } })
    expect(plain.body.length).toBeGreaterThan(1024)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(zipped.headers['content-encoding']).toBe('gzip')
    expect(zipped.body.length).toBeLessThan(plain.body.length / 3)
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(plain.body.toString('utf8'))
    expect(zipped.headers.etag).toBe(plain.headers.etag)
    for (const answer of [plain, zipped]) expect(answer.headers.vary).toBe('Accept-Language, Accept-Encoding')
    // The second client of the same answer gets the same bytes (compressed once, kept by its ETag).
    const again = await send(origin, apiPaths.offerings, { headers: { 'Accept-Encoding': 'gzip' } })
    expect(again.body.equals(zipped.body)).toBe(true)
  })

  it('sends as they are: what the client refuses gzip for, and answers too small to be worth it', async () => {
    for (const refusal of ['gzip;q=0', 'identity', 'br', '']) {
      const answer = await send(origin, apiPaths.offerings, { headers: { 'Accept-Encoding': refusal } })
      expect(answer.headers['content-encoding'], refusal).toBeUndefined()
      expect(JSON.parse(answer.body.toString('utf8')).items.length, refusal).toBeGreaterThan(0)
    }
    const missing = await send(origin, apiPaths.offering('finnes-ikke'), { headers: { 'Accept-Encoding': 'gzip' } })
    expect(missing.status).toBe(404)
    expect(missing.headers['content-encoding']).toBeUndefined()
    expect(JSON.parse(missing.body.toString('utf8')).error.code).toBe('not-found')
  })

  it('answers 304 with no body to a client that has the answer, compressed or not', async () => {
    const first = await send(origin, apiPaths.offering(programmeSlug))
    const etag = String(first.headers.etag)
    for (const encoding of ['gzip', '']) {
      const revalidated = await send(origin, apiPaths.offering(programmeSlug), { headers: { 'If-None-Match': etag, 'Accept-Encoding': encoding } })
      expect(revalidated.status).toBe(304)
      expect(revalidated.body.length).toBe(0)
      expect(revalidated.headers.etag).toBe(etag)
    }
  })

  it('hands on, as if it were not there, everything Next.js would answer in its own way', async () => {
    expect((await send(origin, apiPaths.offerings, { method: 'HEAD' })).status).toBe(handedOn)
    expect((await send(origin, apiPaths.offerings, { method: 'OPTIONS', headers: { Origin: 'https://example.org' } })).status).toBe(handedOn)
    expect((await send(origin, apiPaths.offerings, { method: 'POST' })).status).toBe(handedOn)
    for (const path of [
      `${apiPaths.offerings}/`,
      `${apiPaths.offering(programmeSlug)}/`,
      `${apiPaths.offerings}/a/b`,
      `${apiPaths.offerings}/%E0%A4%A`,
      `${apiPaths.offerings}//`,
      apiPaths.topics,
      apiPaths.services,
      `/api/catalog/v1/offering`,
      '/api/users/me',
      '/',
    ]) {
      expect((await send(origin, path)).status, path).toBe(handedOn)
    }
    expect(await rawStatus(origin, `GET http://127.0.0.1${apiPaths.offerings} HTTP/1.1`)).toBe(handedOn)
    expect(await rawStatus(origin, `GET *${apiPaths.offerings} HTTP/1.1`)).toBe(handedOn)
  })

  it('shows an editor’s change at once, from the same read model as the endpoints', async () => {
    const before = JSON.parse((await send(origin, apiPaths.offering(programmeSlug))).body.toString('utf8'))
    await catalog.payload.update({ collection: 'programmes', id: seed.programme, data: { title: 'Lederprogram, ny tittel' } })
    const after = JSON.parse((await send(origin, apiPaths.offering(programmeSlug))).body.toString('utf8'))
    expect(before.title).not.toBe('Lederprogram, ny tittel')
    expect(after.title).toBe('Lederprogram, ny tittel')
  })

  it('is offered to the server under the key the CMS’s server.mjs looks for', () => {
    const slot = Symbol.for(publicReadLaneKey)
    const globals = globalThis as Record<symbol, PublicReadLane | undefined>
    const earlier = globals[slot]
    try {
      installPublicReadLane(catalog.payload)
      expect(typeof globals[slot]).toBe('function')
    } finally {
      globals[slot] = earlier
    }
  })
})

describe('the public-read lane of a disabled plugin', () => {
  let catalog: RunningCatalog
  let origin: string
  let server: Server

  beforeAll(async () => {
    catalog = await startCatalog(await sqlite.start(), { disabled: true })
    ;({ server, origin } = await laneServer(publicReadLane(catalog.payload)))
  })
  afterAll(async () => {
    server?.close()
    await catalog?.stop()
  })

  it('hands every request on, so Payload answers as if the plugin were not installed', async () => {
    expect((await send(origin, apiPaths.offerings)).status).toBe(handedOn)
    expect((await send(origin, apiPaths.offering('noe'))).status).toBe(handedOn)
  })
})
