import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPayload, type Payload } from 'payload'
import { buildTestConfig } from './support/buildTestConfig.js'
import { sqliteTestDatabase } from './support/sqlite.js'

describe('Local API on SQLite', () => {
  const database = sqliteTestDatabase()
  let payload: Payload

  beforeAll(async () => {
    payload = await getPayload({ config: buildTestConfig(database.adapter), key: `sqlite-${Date.now()}` })
  })
  afterAll(async () => {
    await payload?.destroy()
    database.cleanup()
  })

  it('creates a course as a draft and publishes it', async () => {
    const topic = await payload.create({ collection: 'topics', data: { title: 'Tillit og ledelse' } })
    expect(topic.slug).toBe('tillit-og-ledelse')
    const draft = await payload.create({
      collection: 'courses',
      draft: true,
      data: { title: 'Tillitsbasert styring og ledelse', summary: 'Introduksjon', topics: [topic.id], _status: 'draft' },
    })
    expect(draft._status).toBe('draft')
    const anonymous = await payload.find({ collection: 'courses', overrideAccess: false })
    expect(anonymous.totalDocs).toBe(0)
    await payload.update({ collection: 'courses', id: draft.id, data: { _status: 'published' } })
    const published = await payload.find({ collection: 'courses', overrideAccess: false })
    expect(published.docs.map((doc) => doc.slug)).toEqual(['tillitsbasert-styring-og-ledelse'])
  })
})
