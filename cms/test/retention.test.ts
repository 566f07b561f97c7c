import { cmsTestDatabases, startBuiltCms, type BuiltCms, type CmsDatabase } from '@kurskatalog/test-support'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cmsApi, demoAdmin, loginAs } from './support/cmsApi.js'
import { createCourseSession } from './support/sessions.js'

/**
 * An erasure on request in the built CMS, as an editor makes it: the endpoint answers a receipt, and the
 * admin shows the policy and the erase form above the registrations and the row as anonymised.
 */
describe.each(cmsTestDatabases)('retention and erasure in the built CMS on $name', ({ create }) => {
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

  it('erases one person for an editor only, with a receipt, and the admin shows the row as anonymised', async () => {
    const admin = await loginAs(cms.url, 'admin', demoAdmin.email, demoAdmin.password)
    const session = await createCourseSession(admin, 5)
    const email = 'slett.meg@oslo.kommune.no'
    const created = await admin.post<{ doc: { id: string | number } }>('/api/registrations', {
      session,
      name: 'Slett Megsen',
      email,
      agency: 'Bydel Frogner',
      role: 'Rådgiver',
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id

    const anonymous = await cmsApi(cms.url).post('/api/registrations/erase-person', { email })
    expect(anonymous.status).toBe(403)
    expect((await admin.get(`/api/registrations/${id}?depth=0`)).body).toMatchObject({ name: 'Slett Megsen', email })

    const erased = await admin.post<{ receipt: { rows: { collection: string; id: string | number; fields: string[] }[]; placesGivenUp: (string | number)[] } }>(
      '/api/registrations/erase-person',
      { email },
    )
    expect(erased.status, JSON.stringify(erased.body)).toBe(200)
    expect(erased.body.receipt.placesGivenUp).toEqual([id])
    expect(erased.body.receipt.rows).toEqual([{ collection: 'registrations', id, fields: expect.arrayContaining(['name', 'email', 'role', 'cancelToken']) }])
    const row = (await admin.get(`/api/registrations/${id}?depth=0`)).body
    expect(row).toMatchObject({ name: 'Anonymisert', status: 'cancelled', agency: 'Bydel Frogner', anonymisedAt: expect.any(String) })
    expect(JSON.stringify(row)).not.toContain('slett.meg')

    const list = await admin.request<string>('/admin/collections/registrations', { headers: { Accept: 'text/html' } })
    expect(list.status).toBe(200)
    expect(list.body).toContain('Slett personopplysninger')
    expect(list.body).toContain('Personopplysninger anonymiseres automatisk 365 dager etter at gjennomføringen er slutt')
    expect(list.body).toContain('Anonymisert')
    expect(list.body).not.toContain('Slett Megsen')
    const page = await admin.request<string>(`/admin/collections/registrations/${id}`, { headers: { Accept: 'text/html' } })
    expect(page.status).toBe(200)
    expect(page.body).toContain('Personopplysningene er fjernet')
    expect(page.body).not.toContain('slett.meg')
  })
})
