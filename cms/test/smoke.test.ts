import { gunzipSync } from 'node:zlib'
import { apiPaths } from '@kurskatalog/contract'
import { cmsTestDatabases, rawRequest, startBuiltCms, type BuiltCms, type CmsDatabase } from '@kurskatalog/test-support'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cmsApi, demoAdmin, loginAs } from './support/cmsApi.js'

/**
 * The titles the article (../shared/seed/article-nb.txt) names: three courses and the leadership
 * programme. Written out here rather than imported from the seed, so a seed that lost or renamed
 * one fails this test.
 */
const articleCourses = [
  'Medarbeidersamtaler for tillitsbasert styring og ledelse',
  'Om å fremme tillitsbasert ledelse og mestringsklima',
  'Tillitsbasert styring og ledelse',
]
const articleProgramme = 'Tillitsbasert ledelse'

describe.each(cmsTestDatabases)('the built CMS on a fresh $name database with the demo seed', ({ create }) => {
  let database: CmsDatabase
  let cms: BuiltCms

  beforeAll(async () => {
    database = await create()
    cms = await startBuiltCms({ database })
  })

  afterAll(async () => {
    await cms?.stop()
    await database?.stop()
  })

  it('serves the admin in Norwegian bokmål, sending visitors who are not logged in to the login page', async () => {
    const admin = await fetch(`${cms.url}/admin`)
    const adminHtml = await admin.text()
    expect(admin.status).toBe(200)
    expect(admin.headers.get('content-type')).toMatch(/^text\/html/)
    expect(adminHtml).toMatch(/<html[^>]*\blang="nb"/)
    // Payload redirects from inside the streamed page (Next's client-side redirect), not with a 3xx.
    expect(adminHtml).toMatch(/NEXT_REDIRECT;replace;\/admin\/login;/)

    const login = await fetch(`${cms.url}/admin/login`)
    const loginHtml = await login.text()
    expect(login.status).toBe(200)
    expect(login.headers.get('content-type')).toMatch(/^text\/html/)
    expect(loginHtml).toMatch(/<html[^>]*\blang="nb"/)
    expect(loginHtml).toMatch(/<title>Logg inn\s+– Kurskatalog<\/title>/)
    expect(loginHtml).toContain('E-post')
    expect(loginHtml).toContain('Passord')
  })

  it('logs the demo admin in over REST, and refuses a wrong password', async () => {
    const admin = await loginAs(cms.url, 'admin', demoAdmin.email, demoAdmin.password)
    expect(admin.user.role).toBe('admin')
    const me = await admin.get<{ user: { email: string } | null }>('/api/users/me')
    expect(me.body.user?.email).toBe(demoAdmin.email)

    const wrong = await cmsApi(cms.url).post('/api/users/login', { email: demoAdmin.email, password: 'not-the-password' })
    expect(wrong.status).toBe(401)
    expect(JSON.stringify(wrong.body)).not.toContain('token')
  })

  it("has the article's three courses and the programme, published and readable by anyone", async () => {
    const anonymous = cmsApi(cms.url)
    const courses = await anonymous.get<{ docs: { title: string; _status: string }[] }>('/api/courses?limit=100&depth=0')
    expect(courses.status).toBe(200)
    expect(courses.body.docs.map((doc) => doc.title)).toEqual(expect.arrayContaining(articleCourses))
    expect(courses.body.docs.every((doc) => doc._status === 'published')).toBe(true)

    const programmes = await anonymous.get<{ docs: { title: string }[] }>('/api/programmes?limit=100&depth=0')
    expect(programmes.status).toBe(200)
    expect(programmes.body.docs.map((doc) => doc.title)).toContain(articleProgramme)
  })

  it('has upcoming sessions for the offerings, and the facilitator services', async () => {
    const anonymous = cmsApi(cms.url)
    const sessions = await anonymous.get<{ docs: { startsAt: string; capacity: number }[]; totalDocs: number }>(
      `/api/sessions?limit=100&depth=0&where[startsAt][greater_than]=${encodeURIComponent(new Date().toISOString())}`,
    )
    expect(sessions.status).toBe(200)
    expect(sessions.body.totalDocs).toBeGreaterThanOrEqual(articleCourses.length + 1)
    const services = await anonymous.get<{ docs: { title: string }[] }>('/api/services?limit=100&depth=0')
    expect(services.body.docs.map((doc) => doc.title).join(' | ')).toMatch(/Open Space/)
    expect(services.body.docs.map((doc) => doc.title).join(' | ')).toMatch(/10-FAKTOR/)
  })

  it('lets the admin edit a course as a draft and publish it, and then anyone sees the change', async () => {
    const admin = await loginAs(cms.url, 'admin', demoAdmin.email, demoAdmin.password)
    const anonymous = cmsApi(cms.url)
    const list = await anonymous.get<{ docs: { id: number | string; title: string }[] }>('/api/courses?depth=0&limit=1&sort=title')
    const course = list.body.docs[0]!
    const newTitle = `${course.title} (oppdatert)`

    // A failing write here on SQLite often means the schema changed without a new migration
    // (`next start` runs cms/src/migrations, it does not push the schema): see the CMS output.
    const draft = await admin.patch(`/api/courses/${course.id}?draft=true`, { title: newTitle, _status: 'draft' })
    expect(draft.status, `${JSON.stringify(draft.body)}\n${cms.output().slice(-3000)}`).toBe(200)
    expect((await anonymous.get(`/api/courses/${course.id}?depth=0`)).body.title).toBe(course.title)

    const published = await admin.patch(`/api/courses/${course.id}`, { title: newTitle, _status: 'published' })
    expect(published.status, `${JSON.stringify(published.body)}\n${cms.output().slice(-3000)}`).toBe(200)
    expect((await anonymous.get(`/api/courses/${course.id}?depth=0`)).body.title).toBe(newTitle)
  })

  it('serves the widget bundle at /widgets/kurskatalog.js, as JavaScript, to any origin', async () => {
    const entry = await fetch(`${cms.url}/widgets/kurskatalog.js`, { headers: { Origin: 'https://intranett.example.org' } })
    const source = await entry.text()
    expect(entry.status).toBe(200)
    expect(entry.headers.get('content-type')).toMatch(/^(application|text)\/javascript/)
    expect(entry.headers.get('access-control-allow-origin')).toBe('*')
    expect(entry.headers.get('cross-origin-resource-policy')).toBe('cross-origin')
    expect(entry.headers.get('cache-control')).not.toMatch(/immutable/)
    expect(source).toContain('customElements')

    // The entry loads its chunks by relative URL; those must be served the same way, and may be cached for good.
    const chunk = /["']\.\/([\w-]+\.js)["']/.exec(source)?.[1]
    expect(chunk, 'the entry imports at least one chunk').toBeTruthy()
    const chunkResponse = await fetch(`${cms.url}/widgets/${chunk}`)
    expect(chunkResponse.status).toBe(200)
    expect(chunkResponse.headers.get('content-type')).toMatch(/^(application|text)\/javascript/)
    expect(chunkResponse.headers.get('access-control-allow-origin')).toBe('*')
    expect(chunkResponse.headers.get('cache-control')).toMatch(/immutable/)
  })

  it('sends the catalogue and the pages gzipped to a client that takes it, encoded once', async () => {
    const plainText = await (await fetch(`${cms.url}${apiPaths.offerings}`, { headers: { 'Accept-Encoding': 'identity' } })).text()
    // Raw bytes off the socket (fetch would decode them). The public-read lane gzips the listing once per ETag and
    // Next.js every page anew, gzip only: an answer the plugin compressed inside Next.js was compressed again on the
    // way out (gzip over brotli), so nothing behind Next.js compresses.
    for (const [path, check] of [
      [apiPaths.offerings, (text: string) => expect(JSON.parse(text)).toEqual(JSON.parse(plainText))],
      ['/kurs', (text: string) => expect(text).toContain('<h1')],
    ] as const) {
      const raw = await rawRequest(`${cms.url}${path}`, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } })
      expect(raw.status, path).toBe(200)
      expect(raw.headers['content-encoding'], path).toBe('gzip')
      check(gunzipSync(raw.body).toString('utf8'))
    }
    expect((await rawRequest(`${cms.url}${apiPaths.offerings}`, { headers: { 'Accept-Encoding': 'gzip' } })).body.length).toBeLessThan(Buffer.byteLength(plainText) / 3)
  })

  it('answers the listing and an offering from the plugin’s public-read lane, in front of Next.js', async () => {
    const listing = await rawRequest(`${cms.url}${apiPaths.offerings}`)
    const slug = (JSON.parse(listing.body.toString('utf8')) as { items: { slug: string }[] }).items[0]!.slug
    const detail = await rawRequest(`${cms.url}${apiPaths.offering(slug)}`)
    // Next.js (with Payload's headers) marks everything it answers; the lane sends whole bodies, not chunks.
    const fromNext = await rawRequest(`${cms.url}/api/users/me`)
    expect(fromNext.headers['x-powered-by']).toMatch(/Next\.js/)
    for (const answer of [listing, detail]) {
      expect(answer.status).toBe(200)
      expect(answer.headers['x-powered-by']).toBeUndefined()
      expect(answer.headers['content-length']).toBe(String(answer.body.length))
    }
    // What the lane hands on is Next.js's, as before: the preflight and a path Next.js redirects.
    const preflight = await fetch(`${cms.url}${apiPaths.offerings}`, { method: 'OPTIONS', headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' } })
    expect(preflight.status).toBeLessThan(300)
    expect(preflight.headers.get('x-powered-by')).toMatch(/Next\.js/)
    const trailing = await fetch(`${cms.url}${apiPaths.offerings}/`, { redirect: 'manual' })
    expect(trailing.status).toBe(308)
  })

  it('logged no error while doing all of the above', () => {
    expect(cms.output()).not.toMatch(/\bERROR\b|Failed query|no such (column|table)/)
  })
})
