import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPayload, type Payload } from 'payload'
import { buildTestConfig } from './support/buildTestConfig.js'
import { createCatalogFixture, type CatalogFixture } from './support/catalogFixtures.js'
import { testDatabases, type TestDatabase } from './support/databases.js'

describe.each(testDatabases)('Local API on $name', ({ name, start }) => {
  let database: TestDatabase
  let payload: Payload
  let fixture: CatalogFixture

  beforeAll(async () => {
    database = await start()
    payload = await getPayload({ config: buildTestConfig(database.adapter, { publicUrl: 'http://localhost:3000' }), key: `local-api-${name}-${Date.now()}` })
    fixture = await createCatalogFixture(payload)
  })
  afterAll(async () => {
    await payload?.destroy()
    await database?.stop()
  })

  it('makes slugs from titles, Norwegian letters included', async () => {
    const course = await payload.findByID({ collection: 'courses', id: fixture.courses[2]! })
    expect(course.slug).toBe('om-a-fremme-tillitsbasert-ledelse-og-mestringsklima')
  })

  it('gives editors the embed code for a course, a session, a topic and an agency', async () => {
    const course = await payload.findByID({ collection: 'courses', id: fixture.courses[0]! })
    expect(course.embedSnippet).toBe(
      '<script type="module" src="http://localhost:3000/widgets/kurskatalog.js"></script>\n<kk-course slug="tillitsbasert-styring-og-ledelse"></kk-course>',
    )
    const session = await payload.findByID({ collection: 'sessions', id: fixture.sessions[0]! })
    expect(session.embedSnippet).toContain(`<kk-signup-form session="${fixture.sessions[0]}"></kk-signup-form>`)
    const topic = await payload.findByID({ collection: 'topics', id: fixture.topics[1]! })
    expect(topic.embedSnippet).toContain('<kk-course-list topic="medarbeidersamtalen"></kk-course-list>')
    const agency = await payload.findByID({ collection: 'agencies', id: fixture.agency })
    expect(agency.embedSnippet).toContain('<kk-course-list agency="bydel-gamle-oslo"></kk-course-list>')
  })

  it('keeps a draft from anonymous readers until it is published', async () => {
    const draft = await payload.create({
      collection: 'courses',
      draft: true,
      data: { title: 'Hemmelig utkast', summary: 'Ikke klart', _status: 'draft' },
    })
    const before = await payload.find({ collection: 'courses', overrideAccess: false, where: { slug: { equals: 'hemmelig-utkast' } } })
    expect(before.totalDocs).toBe(0)
    const editorView = await payload.find({ collection: 'courses', draft: true, where: { slug: { equals: 'hemmelig-utkast' } } })
    expect(editorView.totalDocs).toBe(1)
    await payload.update({ collection: 'courses', id: draft.id, data: { _status: 'published' } })
    const after = await payload.find({ collection: 'courses', overrideAccess: false, where: { slug: { equals: 'hemmelig-utkast' } } })
    expect(after.docs.map((doc) => doc.title)).toEqual(['Hemmelig utkast'])
    await payload.delete({ collection: 'courses', id: draft.id })
  })

  it('filters, sorts and pages courses', async () => {
    const leaders = await payload.find({ collection: 'courses', where: { audience: { equals: 'leaders' } }, sort: 'title' })
    expect(leaders.docs.map((doc) => doc.title)).toEqual([
      'Om å fremme tillitsbasert ledelse og mestringsklima',
      'Tillitsbasert styring og ledelse',
    ])
    const byTopic = await payload.find({ collection: 'courses', where: { topics: { in: [fixture.topics[1]] } } })
    expect(byTopic.docs.map((doc) => doc.format)).toEqual(['in-person'])
    const page2 = await payload.find({ collection: 'courses', sort: '-title', limit: 2, page: 2 })
    expect(page2.totalDocs).toBe(3)
    expect(page2.totalPages).toBe(2)
    expect(page2.docs.map((doc) => doc.title)).toEqual(['Medarbeidersamtaler for tillitsbasert styring og ledelse'])
  })

  it('derives session times and names from the meetings and the offering', async () => {
    const cohort = await payload.findByID({ collection: 'sessions', id: fixture.sessions[3]! })
    expect(cohort.startsAt).toBe('2031-03-02T09:00:00.000Z')
    expect(cohort.endsAt).toBe('2031-04-11T16:00:00.000Z')
    expect(cohort.name).toMatch(/^Tillitsbasert ledelse – /)
    const upcoming = await payload.find({
      collection: 'sessions',
      where: { startsAt: { greater_than: '2031-01-15T00:00:00.000Z' } },
      sort: 'startsAt',
      depth: 0,
    })
    expect(upcoming.docs.map((doc) => doc.id)).toEqual([fixture.sessions[1], fixture.sessions[2], fixture.sessions[3]])
  })

  it('refuses a session without the offering it belongs to', async () => {
    await expect(
      payload.create({ collection: 'sessions', data: { kind: 'course', capacity: 5, meetings: [{ startsAt: '2031-05-01T09:00:00Z', endsAt: '2031-05-01T12:00:00Z' }] } }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'course', message: expect.stringMatching(/kurset/) })] } })
  })

  it('stores registrations and keeps one active place per address and session', async () => {
    const data = {
      session: fixture.sessions[0]!,
      name: 'Kari Nordmann',
      email: 'kari@example.org',
      agency: 'Bydel Gamle Oslo',
      status: 'confirmed' as const,
      cancelToken: `token-${name}-1`,
      idempotencyKey: `key-${name}-1`,
      activeKey: `${fixture.sessions[0]}:kari@example.org`,
    }
    const registration = await payload.create({ collection: 'registrations', data })
    expect(registration.status).toBe('confirmed')
    await expect(
      payload.create({ collection: 'registrations', data: { ...data, cancelToken: `token-${name}-2`, idempotencyKey: `key-${name}-2` } }),
    ).rejects.toThrow()
    const found = await payload.find({ collection: 'registrations', where: { session: { equals: fixture.sessions[0] } } })
    expect(found.totalDocs).toBe(1)
  })

  it('stores a service request with status new', async () => {
    const request = await payload.create({
      collection: 'service-requests',
      data: {
        service: fixture.service,
        contactName: 'Ola Nordmann',
        email: 'ola@example.org',
        agency: 'Bydel Alna',
        wishedDates: 'Uke 12',
        groupSize: 30,
        description: 'Open Space med eldrerådet',
        idempotencyKey: `order-${name}-1`,
      },
    })
    expect(request.status).toBe('new')
    const updated = await payload.update({ collection: 'service-requests', id: request.id, data: { status: 'in-dialogue' } })
    expect(updated.status).toBe('in-dialogue')
  })

  it('refuses an agency origin with a path', async () => {
    await expect(
      payload.create({ collection: 'agencies', data: { name: 'Feil', allowedOrigins: [{ origin: 'https://example.org/side' }] } }),
    ).rejects.toMatchObject({
      data: { errors: [expect.objectContaining({ path: 'allowedOrigins.0.origin', message: expect.stringMatching(/opprinnelse/i) })] },
    })
  })

  it('hides facilitator email and agency origins from anonymous readers', async () => {
    const facilitator = await payload.findByID({ collection: 'facilitators', id: fixture.facilitator, overrideAccess: false })
    expect(facilitator.name).toBe('Kari Nordmann')
    expect(facilitator).not.toHaveProperty('email')
    const agency = await payload.findByID({ collection: 'agencies', id: fixture.agency, overrideAccess: false })
    expect(agency.allowedOrigins ?? []).toEqual([])
    expect(agency).not.toHaveProperty('contactEmail')
  })

  it('never lets anonymous readers list registrations, service requests or seat ledgers', async () => {
    for (const collection of ['registrations', 'service-requests', 'session-seats'] as const) {
      await expect(payload.find({ collection, overrideAccess: false })).rejects.toThrow(/not allowed/i)
    }
  })
})
