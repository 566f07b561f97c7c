import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCatalogFixture, type CatalogFixture } from './support/catalogFixtures.js'
import { testDatabases } from './support/databases.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'
import { postJson, registrationsPath, signupBody } from './support/writeRequests.js'
import { startInsideRateWindow } from './support/startInsideRateWindow.js'

// Its own file: Payload's SQLite adapter pushes a schema once per module graph, so one app per file.
describe.each(testDatabases)('the rate limit without a trusted proxy on $name', (database) => {
  let direct: RunningCatalog
  let own: CatalogFixture
  beforeAll(async () => {
    direct = await startCatalog(await database.start(), { rateLimit: { maxPerOrigin: 2, windowSeconds: 60 } })
    own = await createCatalogFixture(direct.payload)
  })
  afterAll(() => direct?.stop())

  it('ignores X-Forwarded-For, so spoofed addresses do not help: the sending site is the client', async () => {
    await startInsideRateWindow(60)
    const statuses = []
    for (let index = 0; index < 3; index++) {
      const response = await direct.request(registrationsPath(own.sessions[0]!), postJson(signupBody(), { headers: { 'X-Forwarded-For': `198.51.100.${index}` } }))
      statuses.push(response.status)
    }
    expect(statuses).toEqual([201, 201, 429])
  })
})
