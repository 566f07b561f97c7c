import { getPayload, handleEndpoints, type Payload, type Plugin, type SanitizedConfig } from 'payload'
import type { KurskatalogOptions } from '../../src/index.js'
import { buildTestConfig } from './buildTestConfig.js'
import type { TestDatabase } from './databases.js'

export interface RunningCatalog {
  payload: Payload
  /** Sends a real Fetch Request through Payload's own router (what Next's route handlers call), no HTTP server. */
  request: (path: string, init?: RequestInit) => Promise<Response>
  stop: () => Promise<void>
}

let instances = 0

/** A Payload instance on the given database with the plugin installed, and a way to call its REST endpoints. */
export async function startCatalog(
  database: TestDatabase,
  options: KurskatalogOptions = {},
  extraPlugins: Plugin[] = [],
): Promise<RunningCatalog> {
  const config: Promise<SanitizedConfig> = buildTestConfig(database.adapter, options, extraPlugins)
  const key = `catalog-${process.pid}-${++instances}`
  const payload = await getPayload({ config, key })
  return {
    payload,
    request: (path, init) =>
      handleEndpoints({ config, payloadInstanceCacheKey: key, request: new Request(new URL(path, 'http://localhost:3000'), init) }),
    stop: async () => {
      await payload.destroy()
      await database.stop()
    },
  }
}
