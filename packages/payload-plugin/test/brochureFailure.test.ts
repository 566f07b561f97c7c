import { apiRoutes } from '@kurskatalog/contract'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { failedEditionPauseMs } from '../src/brochure/brochureEditions.js'
import { testDatabases } from './support/databases.js'
import { readPdf } from './support/readPdf.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'

const today = new Date('2027-01-10T09:00:00+01:00')
const brochurePath = `/api${apiRoutes.brochure}`
/**
 * A host name of some 2,600 characters (labels of 63, as a URL allows). With no public URL configured the
 * brochure's printed addresses take the request's origin, and no QR code holds an address that long: the
 * render fails for real, inside the QR encoder.
 */
const hugeHost = `${Array.from({ length: 40 }, (_, index) => `${String(index).padStart(2, '0')}${'q'.repeat(61)}`).join('.')}.example`

interface BusyAnswer {
  error: { code: string }
}

describe.each(testDatabases)('a brochure whose render failed, on $name', (database) => {
  let catalog: RunningCatalog
  let payload: Payload
  const rows = async () =>
    (await payload.find({ collection: 'brochures' as never, overrideAccess: true, pagination: false, depth: 0, sort: 'createdAt' })).docs as unknown as { status: string; origin: string }[]

  beforeAll(async () => {
    // No publicUrl: the addresses printed come from the request (see the endpoint's origin).
    catalog = await startCatalog(await database.start(), { clock: () => today, brochure: { waitSeconds: 30 } })
    payload = catalog.payload
    const course = await payload.create({ collection: 'courses', data: { title: 'Tillit i praksis', summary: 'Om tillit', format: 'in-person', audience: 'all', _status: 'published' } as never })
    await payload.create({
      collection: 'sessions',
      data: { kind: 'course', course: course.id, capacity: 20, status: 'open', meetings: [{ startsAt: '2027-03-01T09:00:00+01:00', endsAt: '2027-03-01T15:00:00+01:00' }] } as never,
    })
  })
  afterAll(async () => {
    await catalog?.stop()
  })

  const expectBusy = async (response: Response) => {
    expect(response.status, await response.clone().text()).toBe(503)
    expect(response.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(Number(response.headers.get('retry-after')) * 1000).toBeGreaterThanOrEqual(failedEditionPauseMs)
    expect(((await response.json()) as BusyAnswer).error.code).toBe('busy')
  }

  it('answers 503 with Retry-After, not 500, to the request whose render failed and to those after it', async () => {
    expect(hugeHost.length).toBeGreaterThan(2500)
    await expectBusy(await catalog.request(`http://${hugeHost}${brochurePath}`))
    const stored = await rows()
    expect(stored.map((row) => row.status)).toEqual(['failed'])
    // The same edition asked for again at once, with an ordinary address: still the failed one's, so told to come back.
    await expectBusy(await catalog.request(brochurePath))
    expect((await rows()).map((row) => row.status)).toEqual(['failed'])
  })

  it('after the pause, the next requests claim one new render between them and get the brochure', async () => {
    await new Promise((resolve) => setTimeout(resolve, failedEditionPauseMs + 200))
    const answers = await Promise.all(Array.from({ length: 4 }, () => catalog.request(brochurePath)))
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200])
    expect(new Set(answers.map((answer) => answer.headers.get('etag'))).size).toBe(1)
    const pdf = await readPdf(await answers[0]!.arrayBuffer())
    expect(pdf.pages.join(' ')).toContain('Tillit i praksis')
    // The failed row made way for one new edition, with the address of the request that claimed it.
    const stored = await rows()
    expect(stored.map((row) => row.status)).toEqual(['ready'])
    expect(stored[0]!.origin).toBe('http://localhost:3000')
  })
})
