import { en } from '@payloadcms/translations/languages/en'
import { nb } from '@payloadcms/translations/languages/nb'
import type { Payload, Plugin } from 'payload'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDatabases } from './support/databases.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'
import { createCourseWithQuestions, daysFromNow } from './support/writeFixtures.js'

const norwegianAdmin: Plugin = (config) => ({ ...config, i18n: { supportedLanguages: { nb, en }, fallbackLanguage: 'nb' } })
const issuer = { name: 'Utviklings- og kompetanseetaten', organisationNumber: '958 935 420', contactEmail: 'kurs@uke.example.org', phone: '+47 21 80 21 80' }

/** Each page's text (pdf.js; drizzle-kit's enumerable Array.prototype.random set aside while it reads, see organiserDesk.test.ts). */
async function pageTexts(bytes: ArrayBuffer): Promise<string[]> {
  const polluted = Object.getOwnPropertyDescriptor(Array.prototype, 'random')
  if (polluted) delete (Array.prototype as { random?: unknown }).random
  try {
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: false })
    return text.map((page) => page.replace(/\s+/g, ' '))
  } finally {
    if (polluted) Object.defineProperty(Array.prototype, 'random', polluted)
  }
}

describe.each(testDatabases)('the issuer settings global on $name', (database) => {
  let catalog: RunningCatalog
  let payload: Payload
  let token = ''
  const json = (method: string, body: unknown, auth = true) => ({
    method,
    headers: { 'Content-Type': 'application/json', ...(auth ? { Authorization: `JWT ${token}` } : {}) },
    body: JSON.stringify(body),
  })

  beforeAll(async () => {
    catalog = await startCatalog(await database.start(), {}, [norwegianAdmin])
    payload = catalog.payload
    await payload.create({ collection: 'users', data: { email: 'redaktor@example.org', password: 'kurskatalog-test' } })
    token = (await payload.login({ collection: 'users', data: { email: 'redaktor@example.org', password: 'kurskatalog-test' } })).token!
  })
  afterAll(async () => {
    await catalog?.stop()
  })

  it('an editor fills it in; the organisation number is stored without spaces', async () => {
    const saved = await catalog.request('/api/globals/issuer-settings', json('POST', { ...issuer, address: { street: 'Grensesvingen 6', postalCode: '0663', city: 'Oslo' } }))
    expect(saved.status, await saved.clone().text()).toBe(200)
    const stored = (await payload.findGlobal({ slug: 'issuer-settings' as never, depth: 0 })) as Record<string, any>
    expect(stored).toMatchObject({ name: issuer.name, organisationNumber: '958935420', contactEmail: issuer.contactEmail, phone: issuer.phone })
    expect(stored.address).toMatchObject({ street: 'Grensesvingen 6', postalCode: '0663', city: 'Oslo' })
  })

  it('refuses a mistyped organisation number or postcode with the field named, and keeps what was there', async () => {
    for (const body of [{ organisationNumber: '958935421' }, { organisationNumber: '12345' }, { address: { postalCode: '06630' } }, { name: 'x'.repeat(161) }]) {
      const answer = await catalog.request('/api/globals/issuer-settings', json('POST', { ...issuer, ...body }))
      expect(answer.status, JSON.stringify(body)).toBe(400)
      expect(JSON.stringify(await answer.json())).toMatch(/organisationNumber|postalCode|name/)
    }
    expect(((await payload.findGlobal({ slug: 'issuer-settings' as never, depth: 0 })) as Record<string, unknown>).organisationNumber).toBe('958935420')
  })

  it('anyone reads it; nobody without a login changes it (GraphQL: the CMS access matrix)', async () => {
    const read = await catalog.request('/api/globals/issuer-settings')
    expect(read.status).toBe(200)
    expect(((await read.json()) as { name: string }).name).toBe(issuer.name)
    const changed = await catalog.request('/api/globals/issuer-settings', json('POST', { name: 'Inntrenger AS' }, false))
    expect(changed.status).toBe(403)
    expect(((await payload.findGlobal({ slug: 'issuer-settings' as never, depth: 0 })) as { name: string }).name).toBe(issuer.name)
  })

  it('the sign-in sheet names the issuer, and a long list runs over pages with the header on each', async () => {
    const course = await createCourseWithQuestions(payload)
    const session = await payload.create({
      collection: 'sessions',
      data: { kind: 'course', course: course.id, capacity: 60, status: 'open', meetings: [{ startsAt: daysFromNow(12, 8), endsAt: daysFromNow(12, 14) }] },
    })
    const names = Array.from({ length: 45 }, (_, index) => `Deltaker ${String(index + 1).padStart(2, '0')} Ås`)
    for (const [index, name] of names.entries()) {
      await payload.create({ collection: 'registrations', data: { session: session.id, name, email: `d${index}@oslo.kommune.no`, agency: 'Bydel Alna', status: 'confirmed' } as never })
    }
    const response = await catalog.request(`/api/sessions/${session.id}/sign-in-sheet.pdf`, { headers: { Authorization: `JWT ${token}` } })
    expect(response.status).toBe(200)
    const pages = await pageTexts(await response.arrayBuffer())
    expect(pages.length).toBeGreaterThan(1)
    expect(pages[0]).toContain(issuer.name)
    for (const page of pages) expect(page).toContain('Nr. Navn Virksomhet Signatur')
    const all = pages.join(' ')
    for (const name of names) expect(all.split(name).length - 1, name).toBe(1)
  })
})
