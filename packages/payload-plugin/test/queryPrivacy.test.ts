import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDatabases } from './support/databases.js'
import { secrets, seedReadCatalog, type ReadSeed } from './support/readCatalogSeed.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'

type Id = number | string

/**
 * Issue 8, defect 4: a `where`, `sort` or `select` is an oracle too. An anonymous caller may not
 * filter or order by anything they cannot read — a join to registrations, a personal field, a
 * personal field reached through a relationship — over REST and over the Local API with access on
 * (the path GraphQL's resolvers take). Editors still can.
 */

/** Query strings that each touch something private, by collection; `{registration}` is a real registration's id. */
const privateQueries: { slug: string; query: string }[] = [
  // Which session a registration belongs to, and how many have signed up.
  { slug: 'sessions', query: 'where[registrations][equals]={registration}' },
  { slug: 'sessions', query: 'where[registrations][in]={registration}' },
  { slug: 'sessions', query: 'where[registrations][greater_than]=0' },
  { slug: 'sessions', query: 'where[registrations][exists]=true' },
  { slug: 'sessions', query: 'where[or][0][registrations][equals]={registration}' },
  { slug: 'sessions', query: 'where[registrations.id][equals]={registration}' },
  { slug: 'sessions', query: 'where[registrations.email][like]=zacharias' },
  { slug: 'sessions', query: 'where[registrations][contains][email][like]=zacharias' },
  { slug: 'sessions', query: 'sort=registrations' },
  { slug: 'sessions', query: 'sort=-registrations' },
  { slug: 'sessions', query: 'sort=registrations.email' },
  // Personal fields of public records, directly and through a relationship.
  { slug: 'facilitators', query: 'where[email][like]=hemmelig' },
  { slug: 'facilitators', query: 'sort=email' },
  { slug: 'facilitators', query: 'sort=-email' },
  { slug: 'agencies', query: 'where[contactEmail][like]=hemmelig' },
  { slug: 'agencies', query: 'where[allowedOrigins.origin][like]=hemmelig' },
  { slug: 'agencies', query: 'sort=-contactEmail' },
  { slug: 'agencies', query: 'sort=allowedOrigins.origin' },
  { slug: 'courses', query: 'where[facilitators.email][like]=hemmelig' },
  { slug: 'courses', query: 'where[agencies.contactEmail][like]=hemmelig' },
  { slug: 'courses', query: 'sort=facilitators.email' },
  { slug: 'sessions', query: 'where[course.facilitators.email][like]=hemmelig' },
  { slug: 'sessions', query: 'sort=-course.facilitators.email' },
]

describe.each(testDatabases)('no anonymous where, sort or select on private data on $name', ({ start }) => {
  let catalog: RunningCatalog
  let payload: Payload
  let seed: ReadSeed
  let registration: Id
  let editorToken = ''

  const get = async (path: string, token?: string) => {
    const response = await catalog.request(path, token ? { headers: { Authorization: `JWT ${token}` } } : undefined)
    const text = await response.text()
    return { status: response.status, text, body: JSON.parse(text) as { docs?: Record<string, any>[]; totalDocs?: number; errors?: unknown[] } }
  }
  const withIds = (query: string) => query.replaceAll('{registration}', String(registration))

  beforeAll(async () => {
    catalog = await startCatalog(await start())
    payload = catalog.payload
    seed = await seedReadCatalog(payload)
    const found = await payload.find({ collection: 'registrations', where: { email: { equals: secrets.participantEmail } }, depth: 0 })
    registration = found.docs[0]!.id
    await payload.create({ collection: 'users', data: { email: 'redaktor@example.org', password: 'kurskatalog-test' } })
    editorToken = (await payload.login({ collection: 'users', data: { email: 'redaktor@example.org', password: 'kurskatalog-test' } })).token!
  })
  afterAll(() => catalog?.stop())

  it.each(privateQueries)('anonymous GET /api/$slug?$query is refused with a 4xx that names nothing private', async ({ slug, query }) => {
    const answer = await get(`/api/${slug}?depth=0&${withIds(query)}`)
    expect(answer.status, answer.text).toBeGreaterThanOrEqual(400)
    expect(answer.status, answer.text).toBeLessThan(500)
    expect(answer.body).not.toHaveProperty('docs')
    expect(answer.text).not.toContain('hemmelig')
  })

  // Payload itself refuses two of them to everyone: `registrations.id` (an id has no field access) and, on MongoDB, a
  // nested `contains` on a join; editors use `where[registrations][equals]` and `where[registrations.email]`.
  const editorQueries = privateQueries.filter(({ query }) => !query.includes('registrations.id') && !query.includes('[contains]'))
  it.each(editorQueries)('an editor may GET /api/$slug?$query', async ({ slug, query }) => {
    const answer = await get(`/api/${slug}?depth=0&${withIds(query)}`, editorToken)
    expect(answer.status, answer.text).toBe(200)
  })

  it('anonymous Local API calls with access on (what GraphQL runs) are refused the same way', async () => {
    const anonymous = { overrideAccess: false, depth: 0 } as const
    await expect(payload.find({ ...anonymous, collection: 'sessions', where: { registrations: { equals: registration } } })).rejects.toThrow(
      /cannot be queried/,
    )
    await expect(payload.find({ ...anonymous, collection: 'sessions', where: { registrations: { exists: true } } })).rejects.toThrow(/cannot be queried/)
    await expect(payload.find({ ...anonymous, collection: 'sessions', sort: '-registrations' })).rejects.toThrow(/cannot be queried/)
    await expect(payload.count({ overrideAccess: false, collection: 'sessions', where: { registrations: { greater_than: 0 } } })).rejects.toThrow(
      /cannot be queried/,
    )
  })

  it('every join of every collection refuses an anonymous where and sort unless anyone may read what it joins', async () => {
    const anonymous = await createLocalReq({}, payload)
    const joins = payload.config.collections.flatMap((collection) =>
      collection.flattenedFields.filter((field) => field.type === 'join').map((field) => ({ slug: collection.slug, field })),
    )
    expect(joins.map(({ slug, field }) => `${slug}.${field.name}`)).toContain('sessions.registrations')
    for (const { slug, field } of joins) {
      const targets = Array.isArray(field.collection) ? field.collection : [field.collection]
      let public_ = true
      for (const target of targets) public_ &&= (await payload.collections[target]!.config.access.read!({ req: anonymous })) === true
      if (public_) continue
      const find = (query: Partial<Parameters<Payload['find']>[0]>) => payload.find({ collection: slug, overrideAccess: false, depth: 0, ...query })
      // Refused by the join's own access, or (a join on a private collection, e.g. a registration's emails) by the collection's.
      await expect(find({ where: { [field.name]: { exists: true } } }), `where on ${slug}.${field.name}`).rejects.toThrow(/cannot be queried|not allowed/)
      await expect(find({ sort: field.name }), `sort on ${slug}.${field.name}`).rejects.toThrow(/cannot be queried|not allowed/)
    }
  })

  it('anonymous select or joins on the registrations join show no registration and no count', async () => {
    for (const query of ['select[registrations]=true', 'select[name]=true&select[registrations]=true', 'joins[registrations][count]=true', 'depth=1']) {
      const answer = await get(`/api/sessions?${query}&limit=100`)
      expect(answer.status, answer.text).toBe(200)
      expect(answer.body.docs!.length).toBeGreaterThan(0)
      for (const doc of answer.body.docs!) expect(doc, `${query}: ${JSON.stringify(doc)}`).not.toHaveProperty('registrations')
    }
    const one = await get(`/api/sessions/${seed.sessions.trust1}?joins[registrations][count]=true`)
    expect(one.status).toBe(200)
    expect(one.body).not.toHaveProperty('registrations')
  })

  it('editors still filter and order sessions by who signed up, and read the list', async () => {
    const bySignUp = await get(`/api/sessions?depth=0&where[registrations][equals]=${registration}`, editorToken)
    expect(bySignUp.status, bySignUp.text).toBe(200)
    expect(bySignUp.body.docs!.map((doc) => doc.id)).toEqual([seed.sessions.trust1])
    const byEmail = await get('/api/sessions?depth=0&where[registrations.email][like]=zacharias', editorToken)
    expect(byEmail.body.docs!.map((doc) => doc.id)).toEqual([seed.sessions.trust1])
    const withCount = await get(`/api/sessions/${seed.sessions.economy}?joins[registrations][count]=true`, editorToken)
    expect(withCount.body).toMatchObject({ registrations: { totalDocs: 2 } })
    const facilitators = await get('/api/facilitators?depth=0&where[email][like]=hemmelig&sort=-email', editorToken)
    expect(facilitators.body.docs!.map((doc) => doc.email)).toEqual([secrets.facilitatorEmail])
    const agencies = await get('/api/agencies?depth=0&where[allowedOrigins.origin][like]=hemmelig&sort=contactEmail', editorToken)
    expect(agencies.body.docs!.map((doc) => doc.contactEmail)).toEqual([secrets.agencyContactEmail])
  })

  it('anonymous callers still filter and sort by public fields', async () => {
    const sessions = await get(`/api/sessions?depth=0&where[course][equals]=${seed.courses.trust}&sort=-startsAt&select[name]=true`)
    expect(sessions.status, sessions.text).toBe(200)
    expect(sessions.body.totalDocs).toBeGreaterThan(0)
    const agencies = await get('/api/agencies?depth=0&where[name][like]=Utdanning&sort=name')
    expect(agencies.body.totalDocs).toBe(1)
  })
})
