import { cmsTestDatabases, startBuiltCms, type BuiltCms, type CmsDatabase } from '@kurskatalog/test-support'
import { Window } from 'happy-dom'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cmsApi, demoAdmin, loginAs, type CmsApi } from './support/cmsApi.js'

type Id = number | string
interface SessionRow {
  id: Id
  kind: 'course' | 'programme'
  course?: Id | null
  programme?: Id | null
  status: string
  capacity: number
  minParticipants?: number | null
  startsAt: string
}
interface PlaceRow {
  session: Id
  status: string
}
interface RequestRow {
  id: Id
  agency: string
  status: string
  createdAt: string
}

const day = 24 * 60 * 60 * 1000
/** The catalogue's clock eight days ahead of the seed's: other sessions fall inside the next 30 days, and the seed's orders are eight days old. */
const clockAhead = 8 * day
const oslo = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit' })
const osloDays = (instant: Date) => Date.parse(`${oslo.format(instant)}T00:00:00Z`) / day
const text = (element: { textContent: string | null } | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim()

describe.each(cmsTestDatabases)('the editors\' dashboard on $name', ({ create }) => {
  let database: CmsDatabase
  let cms: BuiltCms
  let admin: CmsApi
  let editorCookie = ''
  const window = new Window()

  /** The admin's front page as a browser gets it, parsed (its scripts are not run: what is there is what the server drew). */
  const frontPage = async (cookie?: string) => {
    // What a browser sends when the editor follows a link in the admin (Payload takes a cookie only from its own site).
    const answer = await fetch(`${cms.url}/admin`, { headers: { 'Sec-Fetch-Site': 'same-origin', ...(cookie ? { Cookie: cookie } : {}) }, redirect: 'manual' })
    const html = await answer.text()
    return { status: answer.status, html, document: new window.DOMParser().parseFromString(html, 'text/html') }
  }

  beforeAll(async () => {
    database = await create()
    cms = await startBuiltCms({ database, env: { KK_CLOCK_START: new Date(Date.now() + clockAhead).toISOString() } })
    admin = await loginAs(cms.url, 'admin', demoAdmin.email, demoAdmin.password)
    const editor = { email: 'redaktor.oversikt@example.org', password: 'redaktor-oversikt-1234' }
    expect((await admin.post('/api/users', { ...editor, role: 'editor' })).status).toBe(201)
    const login = await cmsApi(cms.url).post<{ token?: string }>('/api/users/login', editor)
    expect(login.status).toBe(200)
    editorCookie = `payload-token=${login.body.token}`
  })

  afterAll(async () => {
    await window.happyDOM.close()
    await cms?.stop()
    await database?.stop()
  })

  it('is refused without a login: the front page sends the caller to the login, and shows none of the figures', async () => {
    for (const cookie of [undefined, 'payload-token=forfalsket.token.her']) {
      const page = await frontPage(cookie)
      // Payload redirects once the page has begun to stream, so the answer is Next's redirect to the login, not a 3xx.
      expect(page.html, String(cookie)).toMatch(/NEXT_REDIRECT;replace;\/admin\/login;307;/)
      expect(page.document.querySelector('[data-dashboard-section]')).toBeNull()
      expect(page.html).not.toContain('Neste 30 dager')
      expect(page.html).not.toContain('Bestillinger som venter på svar')
      expect(page.html).not.toContain('Demo Bestiller')
    }
  })

  it('shows an editor the figures the database holds, each row linking to where the editor acts', async () => {
    const now = Date.now() + clockAhead
    const horizon = now + 30 * day
    const sessions = (await admin.get<{ docs: SessionRow[] }>('/api/sessions?limit=1000&depth=0&sort=startsAt')).body.docs
    const places = (await admin.get<{ docs: PlaceRow[] }>('/api/registrations?limit=10000&depth=0')).body.docs
    const titles = new Map<string, string>()
    for (const collection of ['courses', 'programmes']) {
      for (const doc of (await admin.get<{ docs: { id: Id; title: string }[] }>(`/api/${collection}?limit=1000&depth=0`)).body.docs) titles.set(`${collection}:${doc.id}`, doc.title)
    }
    const count = (session: Id, statuses: string[]) => places.filter((place) => String(place.session) === String(session) && statuses.includes(place.status)).length
    const confirmedOf = (session: Id) => count(session, ['confirmed', 'attended', 'no-show'])
    const upcoming = sessions.filter((session) => session.status === 'open' && Date.parse(session.startsAt) > now)
    const next = upcoming.filter((session) => Date.parse(session.startsAt) < horizon)
    const atRisk = upcoming.filter((session) => session.minParticipants && confirmedOf(session.id) < session.minParticipants)
    // The seed gives each part something to show.
    expect(next.length).toBeGreaterThan(1)
    expect(atRisk.length).toBeGreaterThan(0)

    const page = await frontPage(editorCookie)
    expect(page.status, page.html.slice(0, 500)).toBe(200)
    const { document } = page
    expect(text(document.querySelector('h1'))).toBe('Oversikt')

    const nextSection = document.querySelector('[data-dashboard-section="kk-dashboard-next"]')!
    expect(text(nextSection.querySelector('h2'))).toBe('Neste 30 dager')
    const nextRows = [...nextSection.querySelectorAll('tbody tr')]
    expect(nextRows.map((row) => row.getAttribute('data-session'))).toEqual(next.map((session) => String(session.id)))
    for (const [index, session] of next.entries()) {
      const row = nextRows[index]!
      const confirmed = confirmedOf(session.id)
      const link = row.querySelector('th[scope="row"] a')!
      expect(link.getAttribute('href')).toBe(`/admin/collections/sessions/${session.id}`)
      expect(text(link)).toContain(titles.get(`${session.kind === 'programme' ? 'programmes' : 'courses'}:${session[session.kind]}`))
      expect(text(row.querySelector('[data-figure="fill"]'))).toMatch(new RegExp(`^${confirmed} av ${session.capacity} \\(${Math.round((confirmed / session.capacity) * 100)} %\\)`))
      expect(text(row.querySelector('[data-figure="waitlisted"]'))).toBe(String(count(session.id, ['waitlisted'])))
      expect(text(row.querySelector('[data-figure="awaiting-approval"]'))).toBe(String(count(session.id, ['pending-approval'])))
      expect(row.querySelector('time')?.getAttribute('datetime')).toBe(session.startsAt)
    }

    const riskSection = document.querySelector('[data-dashboard-section="kk-dashboard-risk"]')!
    expect(text(riskSection.querySelector('h2'))).toBe('Fare for avlysning')
    const riskRows = [...riskSection.querySelectorAll('tbody tr')]
    expect(riskRows.map((row) => row.getAttribute('data-session'))).toEqual(atRisk.map((session) => String(session.id)))
    for (const [index, session] of atRisk.entries()) {
      const row = riskRows[index]!
      expect(text(row.querySelector('[data-figure="confirmed"]'))).toBe(String(confirmedOf(session.id)))
      expect(text(row.querySelector('[data-figure="minimum"]'))).toBe(String(session.minParticipants))
      expect(text(row.querySelector('[data-figure="missing"]'))).toBe(String(session.minParticipants! - confirmedOf(session.id)))
      expect(row.querySelector('th[scope="row"] a')?.getAttribute('href')).toBe(`/admin/collections/sessions/${session.id}`)
    }

    const waiting = (await admin.get<{ docs: RequestRow[] }>('/api/service-requests?limit=1000&depth=0&sort=createdAt&where[status][in]=new,in-dialogue')).body.docs
    expect(waiting.length, 'the seed has orders waiting').toBeGreaterThan(0)
    const requestSection = document.querySelector('[data-dashboard-section="kk-dashboard-requests"]')!
    const requestRows = [...requestSection.querySelectorAll('tbody tr')]
    expect(requestRows.map((row) => row.getAttribute('data-service-request'))).toEqual(waiting.slice(0, 10).map((request) => String(request.id)))
    for (const [index, request] of waiting.slice(0, 10).entries()) {
      const row = requestRows[index]!
      const age = Math.round(osloDays(new Date(now)) - osloDays(new Date(request.createdAt)))
      expect(text(row.querySelector('[data-figure="age"]'))).toBe(age === 0 ? 'i dag' : age === 1 ? '1 dag' : `${age} dager`)
      expect(text(row.querySelector('[data-figure="status"]'))).toBe(request.status === 'new' ? 'Ny' : 'I dialog')
      const link = row.querySelector('th[scope="row"] a')!
      expect(link.getAttribute('href')).toBe(`/admin/collections/service-requests/${request.id}`)
      expect(text(link)).toContain(`Bestilling fra ${request.agency}`)
    }

    const failed = (await admin.get<{ totalDocs: number }>('/api/queued-emails?limit=1&depth=0&where[status][equals]=failed')).body.totalDocs
    const emailSection = document.querySelector('[data-dashboard-section="kk-dashboard-emails"]')!
    if (failed === 0) expect(text(emailSection.querySelector('[data-empty]'))).toBe('Ingen e-poster har feilet.')
    else expect(text(emailSection.querySelector('[data-figure="emails-total"]'))).toMatch(new RegExp(`^${failed} e-post`))

    // Payload's menu stays, with every collection and the failed emails' list.
    expect(document.querySelector('a[href="/admin/collections/sessions"]')).not.toBeNull()
    expect(document.querySelector('a[href="/admin/collections/service-requests"]')).not.toBeNull()
    expect(document.querySelector('#nav-failed-emails')?.getAttribute('data-failed-emails')).toBe(String(failed))
  })

  it('is built to be read by a screen reader: a heading per part, tables with captions and headers, links with names', async () => {
    const { document } = await frontPage(editorCookie)
    const sections = [...document.querySelectorAll('[data-dashboard-section]')]
    expect(sections).toHaveLength(4)
    for (const section of sections) {
      const heading = document.getElementById(section.getAttribute('aria-labelledby') ?? '')
      expect(heading?.tagName, section.getAttribute('data-dashboard-section')!).toBe('H2')
      expect(section.contains(heading as never)).toBe(true)
      for (const table of section.querySelectorAll('table')) {
        expect(text(table.querySelector('caption')).length).toBeGreaterThan(10)
        for (const header of table.querySelectorAll('thead th')) expect(header.getAttribute('scope')).toBe('col')
        for (const row of table.querySelectorAll('tbody tr')) expect(row.querySelector('th')?.getAttribute('scope')).toBe('row')
      }
      for (const link of section.querySelectorAll('a')) {
        expect(link.getAttribute('href')).toMatch(/^\/admin\/collections\//)
        expect(text(link).length).toBeGreaterThan(3)
      }
    }
  })
})
