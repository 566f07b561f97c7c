import type { SanitizedConfig } from 'payload'
import { describe, expect, it } from 'vitest'
import { payloadRestRoute } from '../../src/routes/payloadRestRoute.js'

/** What Payload's REST handler was given: the catch-all's segments it finds the endpoint by. */
async function segmentsFor(url: string, api = '/api'): Promise<string[] | undefined> {
  let given: string[] | undefined
  const config = Promise.resolve({ routes: { api } } as SanitizedConfig)
  const route = payloadRestRoute(config, async (_request, args) => {
    given = (await args.params).slug
    return new Response(null, { status: 204 })
  })
  // The folder's own segments (`offerings/[slug]`: one string) are what Next passes; they must not reach Payload.
  const response = await route(new Request(url, { method: 'OPTIONS' }), { params: Promise.resolve({ slug: 'ignored' }) })
  expect(response.status).toBe(204)
  return given
}

describe('payloadRestRoute', () => {
  it('hands Payload the path below the API route as the catch-all would, each segment decoded once', async () => {
    expect(await segmentsFor('http://localhost:3000/api/catalog/v1/offerings')).toEqual(['catalog', 'v1', 'offerings'])
    expect(await segmentsFor('http://localhost:3000/api/catalog/v1/offerings/tillit%20og%20ledelse?x=1')).toEqual(['catalog', 'v1', 'offerings', 'tillit og ledelse'])
    expect(await segmentsFor('https://kurs.example.no/cms-api/catalog/v1/offerings/a', '/cms-api')).toEqual(['catalog', 'v1', 'offerings', 'a'])
  })

  it('keeps a segment that does not decode as it came, rather than failing the request', async () => {
    expect(await segmentsFor('http://localhost:3000/api/catalog/v1/offerings/%E0%A4%A')).toEqual(['catalog', 'v1', 'offerings', '%E0%A4%A'])
  })
})
