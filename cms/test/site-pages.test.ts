import { formatOrganisationNumber, type OfferingDetail, type OfferingListResponse, type ServiceDetail } from '@kurskatalog/contract'
import { cmsTestDatabases, startBuiltCms, type BuiltCms, type CmsDatabase } from '@kurskatalog/test-support'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { criteria } from '../src/accessibility/criteria.js'
import { demoAdmin, loginAs } from './support/cmsApi.js'

/**
 * The catalogue's own public pages (`/kurs`, `/kurs/<slug>`, `/tjenester/<slug>`), fetched as
 * plain HTTP the way a browser with JavaScript off or a search engine sees them: everything is
 * in the server's HTML, with the same schema.org JSON-LD as the widgets, and nothing private.
 */

interface Page {
  status: number
  location: string | null
  html: string
}

async function page(base: string, path: string): Promise<Page> {
  const response = await fetch(base + path, { redirect: 'manual', headers: { Accept: 'text/html' } })
  return { status: response.status, location: response.headers.get('location'), html: await response.text() }
}

const decode = (text: string) =>
  text
    .replace(/<!-- -->/g, '')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

const textOf = (html: string, tag: string): string[] =>
  [...html.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((match) => decode((match[1] ?? '').replace(/<[^>]+>/g, '')).trim())

interface JsonLdGraph {
  '@context': string
  '@graph': { '@type': string; name: string; url?: string; hasCourseInstance?: { '@type': string; startDate: string }[] }[]
}

function jsonLd(html: string): JsonLdGraph {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)]
  expect(blocks, 'exactly one JSON-LD block').toHaveLength(1)
  return JSON.parse(blocks[0]![1]!) as JsonLdGraph
}

/** Participant data the seed stores; no public page may contain any of it. */
const participantTraces = [/deltaker\d{3}@example\.org/i, /Deltaker \d{3}/, /cancelToken/i, /idempotencyKey/i, /activeKey/i]

function assertNothingPrivate(what: string, html: string): void {
  for (const trace of participantTraces) expect(html, `${what} leaks participant data`).not.toMatch(trace)
  expect(html, `${what} leaks the admin`).not.toContain(demoAdmin.email)
}

const api = async <T>(base: string, path: string): Promise<T> => {
  const response = await fetch(base + path)
  expect(response.status, path).toBe(200)
  return (await response.json()) as T
}

describe.each(cmsTestDatabases)('the public catalogue pages on $name', ({ create }) => {
  let database: CmsDatabase
  let cms: BuiltCms
  let offer: OfferingListResponse

  beforeAll(async () => {
    database = await create()
    cms = await startBuiltCms({ database })
    offer = await api<OfferingListResponse>(cms.url, '/api/catalog/v1/offerings?limit=50')
    expect(offer.items.length).toBeGreaterThan(0)
  })

  afterAll(async () => {
    await cms?.stop()
    await database?.stop()
  })

  it('sends the front page to the catalogue', async () => {
    const front = await page(cms.url, '/')
    expect([307, 308]).toContain(front.status)
    expect(new URL(front.location ?? '', cms.url).pathname).toBe('/kurs')
  })

  it('lists every published offering with its next dates and seat status in the HTML itself', async () => {
    const list = await page(cms.url, '/kurs')
    expect(list.status).toBe(200)
    expect(list.html).toMatch(/<html lang="nb"/)
    expect(textOf(list.html, 'h1')).toEqual(['Kurs og lederutvikling'])
    const cardTitles = textOf(list.html, 'h3')
    for (const offering of offer.items) {
      expect(cardTitles).toContain(offering.title)
      expect(list.html).toContain(`href="/kurs/${offering.slug}"`)
    }
    expect(list.html).toMatch(/ledige plasser|Fullt – venteliste|plasser igjen/)
    assertNothingPrivate('/kurs', list.html)
  })

  it('carries schema.org Course and CourseInstance JSON-LD for the listed offerings', async () => {
    const graph = jsonLd((await page(cms.url, '/kurs')).html)
    expect(graph['@context']).toBe('https://schema.org')
    expect(graph['@graph'].map((node) => node.name).sort()).toEqual(offer.items.map((item) => item.title).sort())
    for (const node of graph['@graph']) {
      expect(node['@type']).toBe('Course')
      expect(node.url).toMatch(/\/kurs\/[a-z0-9-]+$/)
      const listed = offer.items.find((item) => item.title === node.name)!
      expect(node.hasCourseInstance?.map((instance) => instance.startDate)).toEqual(listed.nextSessions.map((session) => session.startsAt))
    }
  })

  it('filters by topic through a plain link, the same way the API does', async () => {
    const topic = offer.items.flatMap((item) => item.topics).find((candidate) => offer.items.some((item) => !item.topics.some((t) => t.slug === candidate.slug)))!
    expect(topic, 'the demo has a topic not every offering has').toBeDefined()
    const list = await page(cms.url, '/kurs')
    expect(list.html).toContain(`href="/kurs?topic=${topic.slug}"`)

    const filtered = await page(cms.url, `/kurs?topic=${topic.slug}`)
    expect(filtered.status).toBe(200)
    const expected = await api<OfferingListResponse>(cms.url, `/api/catalog/v1/offerings?limit=50&topic=${topic.slug}`)
    const titles = textOf(filtered.html, 'h3')
    for (const item of offer.items) {
      if (expected.items.some((match) => match.slug === item.slug)) expect(titles).toContain(item.title)
      else expect(titles).not.toContain(item.title)
    }
    expect(filtered.html).toMatch(new RegExp(`aria-current="page"[^>]*>${topic.title}<`))
  })

  it('ignores a filter value that does not check out instead of failing', async () => {
    const list = await page(cms.url, '/kurs?audience=ingen&format=%3Cb%3Ekk-merke%3C%2Fb%3E&page=abc')
    expect(list.status).toBe(200)
    expect(textOf(list.html, 'h3')).toEqual(expect.arrayContaining(offer.items.map((item) => item.title)))
    expect(list.html).not.toContain('<b>kk-merke')
  })

  it('shows one offering with every upcoming date, its meetings and a sign-up form per open date', async () => {
    for (const summary of offer.items) {
      const detail = await api<OfferingDetail>(cms.url, `/api/catalog/v1/offerings/${summary.slug}`)
      const course = await page(cms.url, `/kurs/${summary.slug}`)
      expect(course.status, summary.slug).toBe(200)
      expect(textOf(course.html, 'h1')).toEqual([detail.title])
      expect(textOf(course.html, 'title')[0]).toBe(`${detail.title} – Kurskatalogen`)
      for (const outcome of detail.learningOutcomes) expect(decode(course.html)).toContain(outcome)
      for (const person of detail.facilitators) expect(course.html).toContain(person.name)
      expect(course.html).toContain('src="/widgets/kurskatalog.js"')

      const forms = [...course.html.matchAll(/<kk-signup-form session="([^"]+)"/g)].map((match) => match[1])
      const open = detail.sessions.filter((session) => ['open', 'few-left', 'waitlist'].includes(session.seatStatus))
      expect(forms).toEqual(open.map((session) => session.id))
      if (open.length > 0) expect(course.html).toMatch(/<kk-signup-form[^>]*><noscript>/)
      for (const session of detail.sessions) {
        expect(course.html).toContain(`href="/api/catalog/v1/sessions/${session.id}/calendar.ics"`)
        for (const meeting of session.meetings) expect(course.html).toContain(`dateTime="${meeting.startsAt}"`)
      }

      const graph = jsonLd(course.html)
      expect(graph['@graph']).toHaveLength(1)
      expect(graph['@graph'][0]).toMatchObject({ '@type': 'Course', name: detail.title })
      expect(graph['@graph'][0]!.hasCourseInstance?.map((instance) => instance.startDate)).toEqual(detail.sessions.map((session) => session.startsAt))
      assertNothingPrivate(`/kurs/${summary.slug}`, course.html)
    }
  })

  it('shows a service with the order form', async () => {
    const service = await api<ServiceDetail>(cms.url, '/api/catalog/v1/services/open-space')
    const servicePage = await page(cms.url, '/tjenester/open-space')
    expect(servicePage.status).toBe(200)
    expect(textOf(servicePage.html, 'h1')).toEqual([service.title])
    for (const deliverable of service.deliverables) expect(decode(servicePage.html)).toContain(deliverable)
    expect(servicePage.html).toMatch(/<kk-service-request service="open-space"/)
    expect(jsonLd(servicePage.html)['@graph'][0]).toMatchObject({ '@type': 'Service', name: service.title })
    assertNothingPrivate('/tjenester/open-space', servicePage.html)
  })

  it('links the accessibility statement from the footer of every public page', async () => {
    // (A 404 comes from Next as an error shell the browser fills in, so it has no server-rendered footer to look at.)
    const paths = ['/kurs', `/kurs/${offer.items[0]!.slug}`, '/tjenester/open-space', '/tilgjengelighet']
    for (const path of paths) {
      const footer = (await page(cms.url, path)).html.match(/<footer[\s\S]*?<\/footer>/)?.[0] ?? ''
      expect(footer, `${path} has a footer`).not.toBe('')
      expect(footer, `${path} links the statement from its footer`).toMatch(/<a href="\/tilgjengelighet">Tilgjengelighetserkl\u00e6ring<\/a>/)
    }
  })

  it('names the owner in the footer from the settings, as an editor changes them', async () => {
    const admin = await loginAs(cms.url, 'admin', demoAdmin.email, demoAdmin.password)
    const settings = await admin.get('/api/globals/issuer-settings')
    expect(settings.status).toBe(200)
    const owner = settings.body as { name: string; address: { street: string; postalCode: string; city: string }; contactEmail: string; phone: string }
    const footerOf = async (path: string) => (await page(cms.url, path)).html.match(/<footer[\s\S]*?<\/footer>/)?.[0] ?? ''
    const footerText = (footer: string) => decode(footer.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ')

    for (const path of ['/kurs', `/kurs/${offer.items[0]!.slug}`, '/tilgjengelighet']) {
      const footer = await footerOf(path)
      const text = footerText(footer)
      expect(text, path).toContain(`${owner.name}, ${owner.address.street}, ${owner.address.postalCode} ${owner.address.city}`)
      expect(footer, path).toContain(`href="mailto:${owner.contactEmail}"`)
      expect(footer, path).toContain(`href="tel:${owner.phone.replace(/\s/g, '')}"`)
    }

    const renamed = 'Bydel Testvik, kompetansesenteret'
    const changed = await admin.post('/api/globals/issuer-settings', { name: renamed, phone: '' })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    try {
      const footer = await footerOf('/kurs')
      expect(footerText(footer)).toContain(`${renamed}, ${owner.address.street}`)
      expect(footerText(footer)).not.toContain(owner.name)
      expect(footer).not.toContain('href="tel:')
      // The lead of /kurs and the pages' description name the owner too, as the settings have it now.
      const html = (await page(cms.url, '/kurs')).html
      expect(decode(html)).toContain(`prosessveiledning for ansatte og ledere fra ${renamed}.`)
      expect(decode(html.match(/<meta name="description" content="([^"]*)"/)?.[1] ?? '')).toContain(`fra ${renamed}`)
    } finally {
      await admin.post('/api/globals/issuer-settings', { name: owner.name, phone: owner.phone })
    }
  })

  it('shows the accessibility statement with the owner’s facts from the settings, and every criterion', async () => {
    const admin = await loginAs(cms.url, 'admin', demoAdmin.email, demoAdmin.password)
    const settings = await admin.get('/api/globals/issuer-settings')
    expect(settings.status).toBe(200)

    const statement = await page(cms.url, '/tilgjengelighet')
    expect(statement.status).toBe(200)
    expect(statement.html).toMatch(/<html lang="nb"/)
    expect(textOf(statement.html, 'h1')).toEqual(['Tilgjengelighetserklæring for Kurskatalogen'])
    expect(textOf(statement.html, 'title')[0]).toBe('Tilgjengelighetserklæring – Kurskatalogen')
    expect(textOf(statement.html, 'h2')).toEqual(
      expect.arrayContaining([
        'Erklæringen er oppdatert',
        'I hvilken grad er nettstedet i samsvar med kravene til universell utforming?',
        'Hva betyr bruddene for brukerne?',
        'Meld gjerne fra om brudd på kravene',
        'Klage',
        'Status for innhold som ikke er universelt utformet',
        'Status for hvert krav',
      ]),
    )
    const text = decode(statement.html).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
    expect(text).toContain(`${settings.body.name}, organisasjonsnummer ${formatOrganisationNumber(settings.body.organisationNumber)}`)
    expect(statement.html).toContain(`href="mailto:${settings.body.contactEmail}"`)
    expect(statement.html).toContain('href="https://www.uutilsynet.no"')
    expect(statement.html).toContain('href="https://www.diskrimineringsnemnda.no"')
    const breaches = criteria.filter((criterion) => criterion.status === 'not-met').length
    expect(text).toContain(`Det er brudd på ${breaches} av 47 krav.`)

    // One row per criterion: its number, name, level and status, as the data file has them.
    const rows = [...statement.html.matchAll(/<tr id="krav-([\d.]+)">([\s\S]*?)<\/tr>/g)]
    expect(rows.map((row) => row[1])).toEqual(criteria.map((criterion) => criterion.id))
    const statusWords = { met: 'Oppfylt', 'not-met': 'Ikke oppfylt', 'not-applicable': 'Ikke relevant' } as const
    for (const [index, criterion] of criteria.entries()) {
      const cells = textOf(rows[index]![2]!, 'td')
      expect(cells.slice(0, 3), criterion.id).toEqual([criterion.name, criterion.level, statusWords[criterion.status]])
      for (const file of criterion.checkedBy) expect(cells[3], criterion.id).toContain(file)
    }

    // An editor's change to the settings shows on the next request.
    const changed = await admin.post('/api/globals/issuer-settings', { contactEmail: 'uu-tilbakemelding@example.org' })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)
    try {
      expect((await page(cms.url, '/tilgjengelighet')).html).toContain('href="mailto:uu-tilbakemelding@example.org"')
    } finally {
      await admin.post('/api/globals/issuer-settings', { contactEmail: settings.body.contactEmail })
    }
    assertNothingPrivate('/tilgjengelighet', statement.html)
  })

  it('answers 404 for what is not published, drafts included', async () => {
    expect((await page(cms.url, '/kurs/finnes-ikke')).status).toBe(404)
    expect((await page(cms.url, '/tjenester/finnes-ikke')).status).toBe(404)

    const admin = await loginAs(cms.url, 'admin', demoAdmin.email, demoAdmin.password)
    const draftTitle = 'Utkast som ingen skal se'
    const created = await admin.post('/api/courses?draft=true', {
      title: draftTitle,
      slug: 'utkast-som-ingen-skal-se',
      summary: 'Ikke publisert.',
      audience: 'all',
      format: 'digital',
      _status: 'draft',
    })
    expect(created.status, JSON.stringify(created.body)).toBeLessThan(300)
    expect((await page(cms.url, '/kurs/utkast-som-ingen-skal-se')).status).toBe(404)
    expect((await page(cms.url, '/kurs')).html).not.toContain(draftTitle)
  })
})
