import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cmsTestDatabases, startBuiltCms, startBuiltCmsInstances, type BuiltCms, type CmsDatabase } from '@kurskatalog/test-support'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cmsApi, demoAdmin, loginAs } from './support/cmsApi.js'

/**
 * The harness other suites build on (contention, end-to-end): several built CMS processes on one
 * database behave as one app, and a missing build fails with the command that fixes it.
 */
describe.each(cmsTestDatabases)('two CMS processes on one $name database', ({ create }) => {
  let database: CmsDatabase
  let instances: BuiltCms[] = []

  beforeAll(async () => {
    database = await create()
    instances = await startBuiltCmsInstances(2, { database })
  })

  afterAll(async () => {
    await Promise.all(instances.map((instance) => instance.stop()))
    await database?.stop()
  })

  it('run as separate processes on separate ports', () => {
    const [a, b] = instances as [BuiltCms, BuiltCms]
    expect(a.port).not.toBe(b.port)
    expect(a.pid).not.toBe(b.pid)
  })

  it('seed once, and see each other’s writes at once', async () => {
    const [a, b] = instances as [BuiltCms, BuiltCms]
    // The second process found users and did not seed again.
    expect(a.output()).toMatch(/Demo catalogue ready/)
    expect(b.output()).not.toMatch(/Demo catalogue ready/)

    const adminOnA = await loginAs(a.url, 'admin', demoAdmin.email, demoAdmin.password)
    const created = await adminOnA.post('/api/topics', { title: 'Tema laget i prosess A', slug: 'tema-prosess-a' })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const seenOnB = await cmsApi(b.url).get(`/api/topics/${created.body.doc.id}?depth=0`)
    expect(seenOnB.status).toBe(200)
    expect(seenOnB.body.title).toBe('Tema laget i prosess A')
  })

  it('accept each other’s login tokens (one secret, one user table)', async () => {
    const [a, b] = instances as [BuiltCms, BuiltCms]
    const login = await cmsApi(a.url).post<{ token: string }>('/api/users/login', demoAdmin)
    expect(login.status).toBe(200)
    const me = await cmsApi(b.url, 'admin', login.body.token).get('/api/users/me')
    expect(me.body.user?.email).toBe(demoAdmin.email)
    // And a token from A works for a write on B.
    const write = await cmsApi(b.url, 'admin', login.body.token).post('/api/topics', { title: 'Tema skrevet med token fra A', slug: 'tema-token-a' })
    expect(write.status, JSON.stringify(write.body)).toBe(201)
  })

  it('take concurrent writes from both processes without losing or failing one', async () => {
    const [a, b] = instances as [BuiltCms, BuiltCms]
    const onA = await loginAs(a.url, 'admin', demoAdmin.email, demoAdmin.password)
    const onB = await loginAs(b.url, 'admin', demoAdmin.email, demoAdmin.password)
    const writes = Array.from({ length: 40 }, (_, index) =>
      (index % 2 === 0 ? onA : onB).post<{ doc: { id: number | string } }>('/api/locations', { name: `Samtidig sted ${index}` }),
    )
    const answers = await Promise.all(writes)
    expect(answers.map((answer) => answer.status)).toEqual(Array(40).fill(201))
    // Every acknowledged write is there afterwards (jongodb with transactions lost some: see cms-jongodb-preload.mjs).
    const stored = await onB.get<{ docs: { id: number | string }[] }>('/api/locations?limit=1000&depth=0')
    const storedIds = new Set(stored.body.docs.map((doc) => String(doc.id)))
    expect(answers.filter((answer) => !storedIds.has(String(answer.body.doc.id)))).toEqual([])
  })
})

describe('startBuiltCms without a build', () => {
  it('fails at once and says which command builds the CMS', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'kk-no-build-'))
    try {
      await expect(startBuiltCms({ cmsDir: empty })).rejects.toThrow(/pnpm --filter @kurskatalog\/cms build/)
    } finally {
      await rm(empty, { recursive: true, force: true })
    }
  })
})
