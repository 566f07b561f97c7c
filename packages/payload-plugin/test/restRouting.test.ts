import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDatabases } from './support/databases.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'

describe('the test REST client reaches Payload\'s router', () => {
  let catalog: RunningCatalog
  beforeAll(async () => {
    catalog = await startCatalog(await testDatabases[0]!.start())
  })
  afterAll(() => catalog?.stop())

  it('answers the generic REST API and refuses personal data to anonymous callers', async () => {
    await catalog.payload.create({ collection: 'topics', data: { title: 'Tillit' } })
    const topics = await catalog.request('/api/topics')
    expect(topics.status).toBe(200)
    expect((await topics.json()).docs[0].title).toBe('Tillit')
    const registrations = await catalog.request('/api/registrations')
    expect(registrations.status).toBe(403)
  })
})
