import { apiPaths, type OfferingListResponse } from '@kurskatalog/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDatabases } from './support/databases.js'
import { secrets, seedReadCatalog, type ReadSeed } from './support/readCatalogSeed.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'

const emailAddress = /[\w.+-]+@[\w-]+(\.[\w-]+)+/
// Keys that only personal or internal records have; none may appear anywhere in a public answer.
const forbiddenKeys = new Set([
  'email',
  'contactEmail',
  'cancelToken',
  'idempotencyKey',
  'activeKey',
  'registrations',
  'allowedOrigins',
  'answers',
  'onlineUrl',
  'sourceOrigin',
  'sourceUrl',
  'waitlistIssued',
  'taken',
  'bio',
])
const secretTexts = [
  ...Object.values(secrets),
  'Deltaker Hemmelig',
  'hemmelig.example.org',
  'Enhetsleder',
  'Nøtteallergi',
  'Lang erfaring',
]

function keysOf(value: unknown, path = '$', found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item, index) => keysOf(item, `${path}[${index}]`, found))
  else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      found.push(`${path}.${key}`)
      keysOf(child, `${path}.${key}`, found)
    }
  }
  return found
}

describe.each(testDatabases)('no personal data in any public read on $name', ({ start }) => {
  let catalog: RunningCatalog
  let seed: ReadSeed
  const answers: { path: string; status: number; body: string }[] = []

  beforeAll(async () => {
    catalog = await startCatalog(await start())
    seed = await seedReadCatalog(catalog.payload)

    const fetchAll = async (path: string, init?: RequestInit) => {
      const response = await catalog.request(path, init)
      const body = await response.text()
      answers.push({ path, status: response.status, body })
      return { response, body }
    }
    const listingPaths = [
      `${apiPaths.offerings}?limit=50`,
      `${apiPaths.offerings}?limit=1&page=3`,
      `${apiPaths.offerings}?agency=utdanningsetaten&audience=leaders`,
      `${apiPaths.offerings}?q=hemmelig`,
      `${apiPaths.offerings}?audience=nope`,
    ]
    let slugs: string[] = []
    for (const path of listingPaths) {
      const { response, body } = await fetchAll(path)
      if (response.status === 200 && path.endsWith('limit=50')) slugs = (JSON.parse(body) as OfferingListResponse).items.map((item) => item.slug)
    }
    for (const slug of [...slugs, 'hemmelig-utkast', 'finnes-ikke']) await fetchAll(apiPaths.offering(slug))
    for (const id of [...Object.values(seed.sessions).map(String), 'abc']) {
      await fetchAll(apiPaths.session(id))
      await fetchAll(apiPaths.sessionCalendar(id))
    }
    await fetchAll(apiPaths.calendarFeed)
    await fetchAll(`${apiPaths.calendarFeed}?agency=utdanningsetaten`)
    await fetchAll(apiPaths.services)
    await fetchAll(apiPaths.service('open-space'))
    await fetchAll(apiPaths.service('hemmelig-tjeneste'))
    await fetchAll(apiPaths.topics)
    // An editor's own login changes nothing: the public API is the same for everyone.
    await catalog.payload.create({ collection: 'users', data: { email: 'redaktor@example.org', password: 'kurskatalog-test' } })
    const login = await catalog.payload.login({ collection: 'users', data: { email: 'redaktor@example.org', password: 'kurskatalog-test' } })
    await fetchAll(`${apiPaths.offerings}?limit=50`, { headers: { Authorization: `JWT ${login.token}` } })
    await fetchAll(apiPaths.offering('hemmelig-utkast'), { headers: { Authorization: `JWT ${login.token}` } })
    editorToken = login.token!
  })
  let editorToken = ''
  afterAll(() => catalog?.stop())

  it('walked every read endpoint, found answers and refusals', () => {
    expect(answers.length).toBeGreaterThan(40)
    expect(answers.filter((answer) => answer.status === 200).length).toBeGreaterThan(30)
    expect(answers.filter((answer) => answer.status === 404).length).toBeGreaterThanOrEqual(5)
    expect(answers.filter((answer) => answer.status >= 500)).toEqual([])
    expect(answers.some((answer) => answer.body.includes('Tillitsbasert styring og ledelse'))).toBe(true)
  })

  it('has secrets to find: an editor reading Payload\'s own REST API sees them (so the checks below can fail)', async () => {
    const response = await catalog.request('/api/registrations?depth=0&limit=100', { headers: { Authorization: `JWT ${editorToken}` } })
    const body = await response.text()
    expect(body).toContain(secrets.participantName)
    expect(body).toContain(secrets.participantEmail)
    expect(body).toMatch(emailAddress)
  })

  it('never shows an email address, a participant, a token, an idempotency key, an origin list or a meeting link', () => {
    for (const { path, body } of answers) {
      for (const secret of secretTexts) expect(body, `${path} leaks ${secret}`).not.toContain(secret)
      // iCalendar UIDs are "session-1-1@host" by RFC 5545 custom; everything else must hold no address.
      const withoutUids = body
        .split(/\r?\n/)
        .filter((line) => !line.startsWith('UID:'))
        .join('\n')
      expect(withoutUids, path).not.toMatch(emailAddress)
    }
  })

  it('never has a field of a personal or internal record in its JSON', () => {
    for (const { path, body } of answers.filter((answer) => answer.body.startsWith('{'))) {
      const leaked = keysOf(JSON.parse(body)).filter((key) => forbiddenKeys.has(key.split('.').pop()!))
      expect(leaked, path).toEqual([])
    }
  })

  it('shows drafts to nobody, logged-in editors included', () => {
    const editorListing = answers.at(-2)!
    expect(editorListing.status).toBe(200)
    expect(editorListing.body).not.toContain(secrets.draftTitle)
    expect(answers.at(-1)!.status).toBe(404)
  })
})
