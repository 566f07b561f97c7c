import { setTimeout as pause } from 'node:timers/promises'
import { apiPaths, isApiErrorBody, type OfferingDetail, type OfferingListResponse, type SessionDetail } from '@kurskatalog/contract'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stampCheckIntervalMs } from '../src/catalog/readModel/catalogReadModel.js'
import { testDatabases } from './support/databases.js'
import { inDays, osloDate, secrets, seedReadCatalog, type ReadSeed } from './support/readCatalogSeed.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'

/** Counts calls into the database adapter while `run` runs: each is one query (or one round trip). */
async function countDatabaseCalls<T>(payload: Payload, run: () => Promise<T>): Promise<{ result: T; calls: string[] }> {
  const db = payload.db as unknown as Record<string, unknown>
  const originals = new Map<string, (...args: unknown[]) => unknown>()
  const calls: string[] = []
  for (const key of ['find', 'findOne', 'count', 'queryDrafts', 'findVersions', 'findDistinct', 'findGlobal']) {
    const original = db[key]
    if (typeof original !== 'function') continue
    originals.set(key, original as (...args: unknown[]) => unknown)
    db[key] = (...args: unknown[]) => {
      calls.push(`${key}:${(args[0] as { collection?: string } | undefined)?.collection ?? ''}`)
      return (original as (...args: unknown[]) => unknown).apply(payload.db, args)
    }
  }
  try {
    return { result: await run(), calls }
  } finally {
    for (const [key, original] of originals) db[key] = original
  }
}

describe.each(testDatabases)('public read API on $name', ({ name, start }) => {
  let catalog: RunningCatalog
  let seed: ReadSeed

  beforeAll(async () => {
    catalog = await startCatalog(await start())
    seed = await seedReadCatalog(catalog.payload)
  })
  afterAll(() => catalog?.stop())

  const get = (path: string, init?: RequestInit) => catalog.request(path, init)
  const listing = async (query = ''): Promise<OfferingListResponse> => {
    const response = await get(`${apiPaths.offerings}${query ? `?${query}` : ''}`)
    expect(response.status, await response.clone().text()).toBe(200)
    return (await response.json()) as OfferingListResponse
  }
  const slugsOf = (page: OfferingListResponse) => page.items.map((item) => item.slug)

  it('lists published courses and programmes, soonest next session first and offerings without sessions last', async () => {
    const page = await listing()
    expect(slugsOf(page)).toEqual(seed.expectedOrder)
    expect(page).toMatchObject({ page: 1, limit: 12, totalItems: 6, totalPages: 1 })
    expect(slugsOf(page)).not.toContain('hemmelig-utkast')
    const programme = page.items.find((item) => item.kind === 'programme')
    expect(programme).toMatchObject({ slug: 'lederprogram-for-nye-ledere', byApplication: true, audience: 'leaders' })
    expect(programme?.nextSessions[0]?.meetings).toHaveLength(3)
    expect(programme?.nextSessions[0]?.language).toBe('en')
  })

  it('shows each item with at most its next three upcoming sessions, with seats from the ledger', async () => {
    const page = await listing()
    const trust = page.items.find((item) => item.slug === 'tillitsbasert-styring-og-ledelse')!
    expect(trust.nextSessions.map((session) => session.id)).toEqual([seed.sessions.trust1, seed.sessions.trust2, seed.sessions.trust3].map(String))
    expect(trust.nextSessions[0]).toMatchObject({ capacity: 20, seatsLeft: 19, seatStatus: 'open', waitlistEnabled: true })
    // No ledger yet means nobody has taken a seat.
    expect(trust.nextSessions[1]).toMatchObject({ seatsLeft: 20, seatStatus: 'open' })
    expect(trust.nextSessions[0]!.meetings[0]).toMatchObject({ place: { name: 'UKE, Helsfyr', address: 'Innspurten 9, Oslo' }, online: false })
    expect(trust.topics).toEqual([{ slug: 'tillitsbasert-ledelse', title: 'Tillitsbasert ledelse' }])
    expect(trust.price).toEqual({ free: true, amountNok: null })
    const dialogue = page.items.find((item) => item.slug === 'medarbeidersamtaler-for-tillitsbasert-styring')!
    expect(dialogue.price).toEqual({ free: false, amountNok: 1500 })
  })

  it('tells every seat status: open, few left, waiting list, full, closed, cancelled', async () => {
    const page = await listing()
    const statusOf = (slug: string) => page.items.find((item) => item.slug === slug)!.nextSessions.map((session) => [session.seatStatus, session.seatsLeft])
    // 10 seats, 8 taken: 2 left is at most max(3, 10/5).
    expect(statusOf('medarbeidersamtaler-for-tillitsbasert-styring')).toEqual([['few-left', 2]])
    // 5 of 5 taken with a waiting list.
    expect(statusOf('okonomistyring-for-ledere')).toEqual([['waitlist', 0]])
    // Deadline passed (+3 days), cancelled (+8), full without waiting list (+15); the ended one is gone.
    expect(statusOf('arbeidsmiljo-i-praksis')).toEqual([
      ['closed', 20],
      ['cancelled', 0],
      ['full', 0],
    ])
    expect(statusOf('kommunikasjon-pa-tvers')).toEqual([])
  })

  it('filters by audience, counting offerings for everyone in', async () => {
    expect(slugsOf(await listing('audience=leaders'))).toEqual([
      'okonomistyring-for-ledere',
      'tillitsbasert-styring-og-ledelse',
      'medarbeidersamtaler-for-tillitsbasert-styring',
      'lederprogram-for-nye-ledere',
    ])
    expect(slugsOf(await listing('audience=employees'))).toEqual([
      'arbeidsmiljo-i-praksis',
      'medarbeidersamtaler-for-tillitsbasert-styring',
      'kommunikasjon-pa-tvers',
    ])
    expect(slugsOf(await listing('audience=all'))).toEqual(['medarbeidersamtaler-for-tillitsbasert-styring'])
  })

  it('filters by agency: offerings with no agencies are open to every agency', async () => {
    expect(slugsOf(await listing('agency=bydel-gamle-oslo'))).toEqual(seed.expectedOrder.filter((slug) => slug !== 'okonomistyring-for-ledere'))
    expect(slugsOf(await listing('agency=utdanningsetaten'))).toEqual(
      seed.expectedOrder.filter((slug) => slug !== 'medarbeidersamtaler-for-tillitsbasert-styring'),
    )
    expect(slugsOf(await listing('agency=ukjent-etat'))).toEqual(
      seed.expectedOrder.filter((slug) => !['okonomistyring-for-ledere', 'medarbeidersamtaler-for-tillitsbasert-styring'].includes(slug)),
    )
  })

  it('filters by topic, format and kind', async () => {
    expect(slugsOf(await listing('topic=tillitsbasert-ledelse'))).toEqual(['tillitsbasert-styring-og-ledelse', 'lederprogram-for-nye-ledere'])
    expect(slugsOf(await listing('topic=okonomi-og-styring'))).toEqual(['okonomistyring-for-ledere'])
    expect(slugsOf(await listing('topic=finnes-ikke'))).toEqual([])
    expect(slugsOf(await listing('format=digital'))).toEqual(['arbeidsmiljo-i-praksis', 'tillitsbasert-styring-og-ledelse'])
    expect(slugsOf(await listing('kind=programme'))).toEqual(['lederprogram-for-nye-ledere'])
    expect((await listing('kind=course')).totalItems).toBe(5)
  })

  it('combines filters', async () => {
    expect(slugsOf(await listing('audience=leaders&topic=tillitsbasert-ledelse&kind=course'))).toEqual(['tillitsbasert-styring-og-ledelse'])
    expect(slugsOf(await listing('audience=leaders&agency=utdanningsetaten&format=hybrid'))).toEqual(['okonomistyring-for-ledere'])
    expect(slugsOf(await listing('audience=employees&format=digital&q=arbeidsmiljø'))).toEqual(['arbeidsmiljo-i-praksis'])
    expect(slugsOf(await listing('audience=leaders&agency=bydel-gamle-oslo&kind=programme&topic=okonomi-og-styring'))).toEqual([])
  })

  it('searches title and summary case-insensitively, Norwegian letters included', async () => {
    expect(slugsOf(await listing('q=ØKONOMI'))).toEqual(['okonomistyring-for-ledere'])
    expect(slugsOf(await listing(`q=${encodeURIComponent('arbeidsMILJØ')}`))).toEqual(['arbeidsmiljo-i-praksis'])
    // Every word must occur: "på tvers" is in one title and one summary.
    expect(slugsOf(await listing(`q=${encodeURIComponent('PÅ TVERS')}`))).toEqual([
      'medarbeidersamtaler-for-tillitsbasert-styring',
      'kommunikasjon-pa-tvers',
    ])
    // "å" typed as a + combining ring (as some keyboards and macOS file names do).
    expect(slugsOf(await listing(`q=${encodeURIComponent('pa\u030A tvers')}`))).toHaveLength(2)
    expect(slugsOf(await listing('q=budsjett'))).toEqual(['okonomistyring-for-ledere'])
    expect(slugsOf(await listing('q=ingen+treff+her'))).toEqual([])
    expect(slugsOf(await listing(`q=${encodeURIComponent(secrets.draftTitle)}`))).toEqual([])
  })

  it('filters by date range (Oslo dates, both ends included) on open sessions only', async () => {
    const from = osloDate(inDays(18))
    const to = osloDate(inDays(20))
    expect(slugsOf(await listing(`from=${from}&to=${to}`))).toEqual(['medarbeidersamtaler-for-tillitsbasert-styring'])
    // A range holding only a cancelled session (+8 days) does not count for that offering.
    expect(slugsOf(await listing(`from=${osloDate(inDays(7))}&to=${osloDate(inDays(9))}`))).toEqual([])
    // From alone: offerings with an open session from +25 days on, sorted by their first session in range.
    expect(slugsOf(await listing(`from=${osloDate(inDays(25))}`))).toEqual(['lederprogram-for-nye-ledere', 'tillitsbasert-styring-og-ledelse'])
    expect(slugsOf(await listing(`to=${osloDate(inDays(5))}`))).toEqual(['arbeidsmiljo-i-praksis', 'okonomistyring-for-ledere'])
  })

  it('pages through the sorted listing', async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((page) => listing(`limit=2&page=${page}`)))
    expect(pages.map(slugsOf)).toEqual([seed.expectedOrder.slice(0, 2), seed.expectedOrder.slice(2, 4), seed.expectedOrder.slice(4, 6), []])
    expect(pages[0]).toMatchObject({ page: 1, limit: 2, totalItems: 6, totalPages: 3 })
    expect((await listing('limit=50')).items).toHaveLength(6)
  })

  it('refuses bad query values with 422, the error shape and a code per field', async () => {
    const cases: [string, string, string][] = [
      ['audience=bosses', 'audience', 'invalid-choice'],
      ['format=vr', 'format', 'invalid-choice'],
      ['kind=webinar', 'kind', 'invalid-choice'],
      ['from=2031-02-30', 'from', 'invalid-date'],
      ['to=31.12.2031', 'to', 'invalid-date'],
      ['from=2031-05-01&to=2031-04-01', 'to', 'out-of-range'],
      ['page=0', 'page', 'out-of-range'],
      ['page=abc', 'page', 'invalid-type'],
      ['limit=51', 'limit', 'out-of-range'],
      ['limit=-1', 'limit', 'invalid-type'],
      ['agency=Bydel%20Gamle%20Oslo', 'agency', 'invalid-characters'],
      ['topic=%3Cscript%3E', 'topic', 'invalid-characters'],
      [`q=${'a'.repeat(201)}`, 'q', 'too-long'],
      ['q=%E2%80%AEevil', 'q', 'invalid-characters'],
    ]
    for (const [query, field, code] of cases) {
      const response = await get(`${apiPaths.offerings}?${query}&lang=en`)
      expect(response.status, query).toBe(422)
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
      const body = await response.json()
      expect(isApiErrorBody(body), query).toBe(true)
      expect(body.error.code).toBe('validation')
      expect(body.error.fields[field], query).toMatchObject({ code, message: expect.any(String) })
    }
    const calendar = await get(`${apiPaths.calendarFeed}?audience=bosses`)
    expect(calendar.status).toBe(422)
  })

  it('answers listings from the read model: two small queries per check whatever the page, the filters or the catalogue, none between checks', async () => {
    const count = async (query: string) =>
      (await countDatabaseCalls(catalog.payload, async () => expect((await get(`${apiPaths.offerings}?${query}`)).status).toBe(200))).calls
    await count('limit=1')
    // Past the check interval: the stamp is read, and the seat ledgers written since the last check.
    const checkOnce = async (query: string) => {
      await pause(stampCheckIntervalMs + 50)
      return count(query)
    }
    const one = await checkOnce('limit=1')
    const all = await checkOnce('limit=50')
    const filtered = await checkOnce('limit=50&agency=bydel-gamle-oslo&q=ledelse&topic=ledelse')
    const calendar = (await countDatabaseCalls(catalog.payload, async () => expect((await get(apiPaths.calendarFeed)).status).toBe(200))).calls
    expect(one).toEqual(['findOne:catalog-versions', 'find:session-seats'])
    expect(all).toEqual(one)
    expect(filtered).toEqual(one)
    // Within the interval the answer comes from memory alone.
    expect(await count('limit=50')).toEqual([])
    expect(calendar).toEqual([])
    console.info(`[${name}] database calls per listing check: ${all.length} (${all.join(', ')}); between checks: 0`)
  })

  it('answers one offering by slug with description blocks, outcomes, facilitators, questions and every upcoming session', async () => {
    const response = await get(apiPaths.offering('tillitsbasert-styring-og-ledelse'))
    expect(response.status).toBe(200)
    const detail = (await response.json()) as OfferingDetail
    expect(detail.description).toEqual([
      { type: 'heading', level: 2, text: 'Om kurset' },
      { type: 'paragraph', text: 'Et kurs om tillit i praksis.' },
      { type: 'list', ordered: false, items: ['Forelesning', 'Gruppearbeid <script>alert(1)</script>'] },
    ])
    expect(detail.learningOutcomes).toEqual(['Forstå tillitsreformen', 'Lede med tillit'])
    expect(detail.facilitators).toEqual([{ name: 'Kari Nordmann', title: 'Seniorrådgiver' }])
    expect(detail.questions).toEqual([
      { id: expect.any(String), label: 'Allergier?', type: 'text', required: false, options: [] },
      { id: expect.any(String), label: 'Hvilken rolle har du?', type: 'choice', required: true, options: ['Leder', 'Verneombud'] },
    ])
    const stored = await catalog.payload.findByID({ collection: 'courses', id: seed.courses.trust })
    expect(detail.questions.map((question) => question.id)).toEqual((stored.questions as { id: string }[]).map((row) => row.id))
    expect(detail.sessions.map((session) => session.id)).toEqual(
      [seed.sessions.trust1, seed.sessions.trust2, seed.sessions.trust3, seed.sessions.trust4].map(String),
    )
    expect(detail.nextSessions).toHaveLength(3)
    expect(detail.managerApproval).toBe(false)

    const programme = (await (await get(apiPaths.offering('lederprogram-for-nye-ledere'))).json()) as OfferingDetail
    expect(programme).toMatchObject({ kind: 'programme', description: [], facilitators: [], questions: [] })
    expect(programme.sessions[0]!.meetings.map((meeting) => meeting.online)).toEqual([false, true, true])
  })

  it('answers 404 with the error shape for unknown, draft and odd offering slugs', async () => {
    for (const slug of ['finnes-ikke', 'hemmelig-utkast', 'ÆØÅ', '..%2F..%2Fusers', 'a'.repeat(500)]) {
      const response = await get(`${apiPaths.offerings}/${slug}`)
      expect(response.status, slug).toBe(404)
      const body = await response.json()
      expect(body.error.code).toBe('not-found')
    }
  })

  it('answers one session for a standalone sign-up form', async () => {
    const response = await get(apiPaths.session(String(seed.sessions.dialogue)))
    expect(response.status).toBe(200)
    const detail = (await response.json()) as SessionDetail
    expect(detail).toMatchObject({
      id: String(seed.sessions.dialogue),
      capacity: 10,
      seatsLeft: 2,
      seatStatus: 'few-left',
      offering: { kind: 'course', slug: 'medarbeidersamtaler-for-tillitsbasert-styring', title: 'Medarbeidersamtaler for tillitsbasert styring', questions: [], managerApproval: false },
    })
    const cohort = (await (await get(apiPaths.session(String(seed.sessions.cohort)))).json()) as SessionDetail
    expect(cohort.offering.kind).toBe('programme')
    expect(cohort.meetings).toHaveLength(3)
  })

  it('answers 404, never 500, for unknown and malformed session ids and for sessions of drafts', async () => {
    const foreignShape = name === 'sqlite' ? '507f1f77bcf86cd799439011' : '12345'
    const unknown = name === 'sqlite' ? '987654' : 'ffffffffffffffffffffffff'
    for (const id of [foreignShape, unknown, 'abc', '-1', '1.5', '%00', String(seed.sessions.draft), ' ', '9'.repeat(40)]) {
      for (const path of [apiPaths.session(id), apiPaths.sessionCalendar(id)]) {
        const response = await get(path)
        expect(response.status, path).toBe(404)
        expect((await response.json()).error.code).toBe('not-found')
      }
    }
  })

  it('lists published services and topics, and answers one service', async () => {
    const services = await (await get(apiPaths.services)).json()
    expect(services.items).toEqual([
      {
        slug: 'open-space',
        title: 'Open Space',
        summary: 'Prosesshjelp for store grupper.',
        typicalDuration: 'En halv dag',
        suitedFor: 'Grupper fra 20 til 200',
        updatedAt: expect.any(String),
      },
    ])
    const service = await (await get(apiPaths.service('open-space'))).json()
    expect(service).toMatchObject({ deliverables: ['Prosessledelse', 'Rapport'], description: [{ type: 'paragraph', text: 'Deltakerne setter agendaen.' }] })
    expect((await get(apiPaths.service('hemmelig-tjeneste'))).status).toBe(404)
    const topics = await (await get(apiPaths.topics)).json()
    expect(topics.items).toEqual([
      { slug: 'medarbeidersamtalen', title: 'Medarbeidersamtalen' },
      { slug: 'tillitsbasert-ledelse', title: 'Tillitsbasert ledelse' },
      { slug: 'okonomi-og-styring', title: 'Økonomi og styring' },
    ])
  })

  it('is public and cacheable: CORS for all, Cache-Control, a strong ETag and 304 on revalidation', async () => {
    for (const path of [apiPaths.offerings, apiPaths.offering('okonomistyring-for-ledere'), apiPaths.session(String(seed.sessions.economy)), apiPaths.services, apiPaths.topics, apiPaths.calendarFeed]) {
      const first = await get(path, { headers: { Origin: 'https://any-site.example' } })
      expect(first.status, path).toBe(200)
      expect(first.headers.get('access-control-allow-origin')).toBe('*')
      expect(first.headers.get('access-control-allow-credentials')).toBeNull()
      expect(first.headers.get('cache-control')).toMatch(/^public, max-age=\d+/)
      const etag = first.headers.get('etag')
      expect(etag).toMatch(/^"[\w-]+"$/)
      const again = await get(path, { headers: { 'If-None-Match': etag! } })
      expect(again.status, path).toBe(304)
      expect(await again.text()).toBe('')
      expect(again.headers.get('etag')).toBe(etag)
      const other = await get(path, { headers: { 'If-None-Match': '"something-else"' } })
      expect(other.status).toBe(200)
    }
  })

  it('is fresh as soon as an editor publishes a change: the ETag changes and the old one no longer gives 304', async () => {
    const path = apiPaths.offering('kommunikasjon-pa-tvers')
    const before = await get(path)
    const etag = before.headers.get('etag')!
    await catalog.payload.update({ collection: 'courses', id: seed.courses.communication, data: { summary: 'Klart språk – oppdatert.' } })
    const after = await get(path, { headers: { 'If-None-Match': etag } })
    expect(after.status).toBe(200)
    expect((await after.json()).summary).toBe('Klart språk – oppdatert.')
    expect(after.headers.get('etag')).not.toBe(etag)
    // A draft saved on top of the published version changes nothing public until it is published.
    const published = (await get(path)).headers.get('etag')!
    await catalog.payload.update({ collection: 'courses', id: seed.courses.communication, draft: true, data: { summary: 'Bare et utkast.' } })
    expect((await get(path, { headers: { 'If-None-Match': published } })).status).toBe(304)
    // Unpublishing takes it out of the listing at once.
    await catalog.payload.update({ collection: 'courses', id: seed.courses.communication, data: { _status: 'draft' } })
    expect((await get(path)).status).toBe(404)
    expect(slugsOf(await listing())).not.toContain('kommunikasjon-pa-tvers')
    await catalog.payload.update({ collection: 'courses', id: seed.courses.communication, data: { _status: 'published', summary: 'Klart språk i hverdagen.' } })
    expect(slugsOf(await listing())).toContain('kommunikasjon-pa-tvers')
  })

  it('answers CORS preflights on the read paths for any origin, without credentials', async () => {
    for (const path of [apiPaths.offerings, apiPaths.session(String(seed.sessions.trust1)), apiPaths.sessionCalendar('1'), apiPaths.calendarFeed]) {
      const response = await get(path, {
        method: 'OPTIONS',
        headers: { Origin: 'https://any-site.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
      })
      expect(response.status, path).toBe(204)
      expect(response.headers.get('access-control-allow-origin')).toBe('*')
      expect(response.headers.get('access-control-allow-methods')).toContain('GET')
      expect(response.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('if-none-match')
      expect(response.headers.get('access-control-allow-credentials')).toBeNull()
    }
  })
})
