import type { OfferingDetail, OfferingListResponse } from '@kurskatalog/contract'
import { cmsSqliteDatabase, startBuiltCms, type BuiltCms, type CmsDatabase } from '@kurskatalog/test-support'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * The public pages follow how the CMS is set up, as the API does: the catalogue's clock (`KK_CLOCK_START`) decides
 * what is upcoming, and the footer names the owner from the settings global. The rules are the plugin's and the
 * same on both databases, so one (SQLite) is enough here; `site-pages.test.ts` runs the pages on both.
 */

const day = 24 * 60 * 60 * 1000
/** 25 days ahead of the seed's clock: its sessions 14 and 21 days out have begun, those 35 days out and later have not. */
const clockAhead = 25 * day

const html = async (base: string, path: string): Promise<string> => {
  const response = await fetch(base + path, { headers: { Accept: 'text/html' } })
  expect(response.status, path).toBe(200)
  return response.text()
}

const api = async <T>(base: string, path: string): Promise<T> => {
  const response = await fetch(base + path)
  expect(response.status, path).toBe(200)
  return (await response.json()) as T
}

interface CourseNode {
  name: string
  hasCourseInstance?: { startDate: string }[]
}

/** The schema.org graph a page carries: each offering with the start of each session it shows. */
const jsonLd = (page: string): CourseNode[] => {
  const block = page.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)?.[1]
  expect(block, 'the page carries JSON-LD').toBeDefined()
  return (JSON.parse(block!) as { '@graph': CourseNode[] })['@graph']
}

const footerText = (page: string): string =>
  (page.match(/<footer[\s\S]*?<\/footer>/)?.[0] ?? '')
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim()

describe('the public pages by the catalogue’s clock', () => {
  let database: CmsDatabase
  let cms: BuiltCms
  const clockStart = Date.now() + clockAhead

  beforeAll(async () => {
    database = await cmsSqliteDatabase()
    cms = await startBuiltCms({ database, env: { KK_CLOCK_START: new Date(clockStart).toISOString() } })
  })

  afterAll(async () => {
    await cms?.stop()
    await database?.stop()
  })

  it('lists on /kurs the sessions the API lists, none that began by the catalogue’s clock', async () => {
    // The page first: whichever reads the catalogue first, the answer is by the catalogue's clock.
    const graph = jsonLd(await html(cms.url, '/kurs'))
    const offer = await api<OfferingListResponse>(cms.url, '/api/catalog/v1/offerings')
    const starts = offer.items.flatMap((item) => item.nextSessions.map((session) => Date.parse(session.startsAt)))
    expect(starts.length, 'some sessions are still upcoming by the catalogue’s clock').toBeGreaterThan(0)
    expect(starts.every((start) => start > clockStart)).toBe(true)
    expect(graph.map((node) => node.name)).toEqual(offer.items.map((item) => item.title))
    for (const node of graph) {
      const listed = offer.items.find((item) => item.title === node.name)!
      expect(node.hasCourseInstance?.map((instance) => instance.startDate) ?? [], node.name).toEqual(listed.nextSessions.map((session) => session.startsAt))
    }
  })

  it('shows on each offering’s page the dates and sign-up forms the API gives', async () => {
    const offer = await api<OfferingListResponse>(cms.url, '/api/catalog/v1/offerings?limit=50')
    let began = 0
    for (const summary of offer.items) {
      const page = await html(cms.url, `/kurs/${summary.slug}`)
      const detail = await api<OfferingDetail>(cms.url, `/api/catalog/v1/offerings/${summary.slug}`)
      const shown = jsonLd(page)[0]!.hasCourseInstance?.map((instance) => instance.startDate) ?? []
      expect(shown, summary.slug).toEqual(detail.sessions.map((session) => session.startsAt))
      const forms = [...page.matchAll(/<kk-signup-form session="([^"]+)"/g)].map((match) => match[1])
      expect(forms, summary.slug).toEqual(detail.sessions.filter((session) => ['open', 'few-left', 'waitlist'].includes(session.seatStatus)).map((session) => session.id))
      began += detail.sessions.filter((session) => Date.parse(session.startsAt) <= clockStart).length
    }
    expect(began, 'no session that began by the catalogue’s clock is shown').toBe(0)
  })

  it('dates a printout by the catalogue’s clock, as the seats on it are', async () => {
    // 25 days on, so the machine's date can never be the one printed.
    const dateOf = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: 'numeric', month: 'long', year: 'numeric' })
    const printed = (page: string) => page.replace(/<!-- -->/g, '').match(/Utskrift fra [^<]*, hentet ([^<]*?) kl\. \d\d:\d\d\./)?.[1]
    const offer = await api<OfferingListResponse>(cms.url, '/api/catalog/v1/offerings')
    for (const path of ['/kurs', `/kurs/${offer.items[0]!.slug}`]) {
      const before = Date.now() + clockAhead
      const shown = printed(await html(cms.url, path))
      expect([dateOf.format(before), dateOf.format(Date.now() + clockAhead)], path).toContain(shown)
    }
  })

  it('answers CORS preflights on the listing and an offering, the paths with route handlers of their own', async () => {
    const offer = await api<OfferingListResponse>(cms.url, '/api/catalog/v1/offerings')
    for (const path of ['/api/catalog/v1/offerings', `/api/catalog/v1/offerings/${offer.items[0]!.slug}`]) {
      const response = await fetch(cms.url + path, {
        method: 'OPTIONS',
        headers: { Origin: 'https://any-site.example', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'if-none-match' },
      })
      expect(response.status, path).toBe(204)
      expect(response.headers.get('access-control-allow-origin'), path).toBe('*')
      expect(response.headers.get('access-control-allow-headers')?.toLowerCase(), path).toContain('if-none-match')
    }
  })
})

describe('the public pages’ footer with the settings not filled in', () => {
  let database: CmsDatabase
  let cms: BuiltCms

  beforeAll(async () => {
    database = await cmsSqliteDatabase()
    cms = await startBuiltCms({ database, env: { KK_SEED: 'false' } })
  })

  afterAll(async () => {
    await cms?.stop()
    await database?.stop()
  })

  it('names the catalogue, and nobody else, until the owner is filled in', async () => {
    for (const path of ['/kurs', '/tilgjengelighet']) {
      const footer = footerText(await html(cms.url, path))
      expect(footer, path).toMatch(/^Kurskatalogen Tilgjengelighetserklæring/)
      expect(footer, path).not.toMatch(/Utviklings- og kompetanseetaten|Oslo kommune|E-post|Telefon/)
    }
    // Nor does the lead of /kurs name anyone.
    const page = await html(cms.url, '/kurs')
    expect(page).toContain('prosessveiledning for ansatte og ledere. Velg et kurs')
    expect(page).not.toContain('Oslo kommune')
  })
})
