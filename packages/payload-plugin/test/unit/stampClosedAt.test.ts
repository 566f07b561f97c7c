import type { CollectionBeforeChangeHook } from 'payload'
import { describe, expect, it } from 'vitest'
import { stampClosedAt } from '../../src/collections/ServiceRequests/hooks/stampClosedAt.js'

type Data = { status?: string; closedAt?: string | null }
const run = (data: Data, originalDoc?: Data): Data => stampClosedAt({ data, originalDoc } as unknown as Parameters<CollectionBeforeChangeHook>[0]) as Data

describe('closedAt on a service request', () => {
  it('is stamped when the request is declined or delivered', () => {
    expect(run({ status: 'declined' }, { status: 'in-dialogue' }).closedAt).toEqual(expect.any(String))
    expect(run({ status: 'delivered' }).closedAt).toEqual(expect.any(String))
  })

  it('keeps the first closing moment while the request stays closed', () => {
    const first = '2026-01-05T10:00:00.000Z'
    expect(run({ status: 'delivered' }, { status: 'declined', closedAt: first }).closedAt).toBeUndefined()
    expect(run({}, { status: 'delivered', closedAt: first }).closedAt).toBeUndefined()
  })

  it('is cleared when the request is open or reopened', () => {
    expect(run({ status: 'new' }).closedAt).toBeNull()
    expect(run({ status: 'in-dialogue' }, { status: 'declined', closedAt: '2026-01-05T10:00:00.000Z' }).closedAt).toBeNull()
  })
})
