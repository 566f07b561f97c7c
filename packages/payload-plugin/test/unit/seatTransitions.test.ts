import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import { describe, expect, it, vi } from 'vitest'
import { checkSeatsBeforeChange } from '../../src/collections/Registrations/hooks/keepSeatsInStep.js'
import { resolveOptions } from '../../src/resolveOptions.js'

/**
 * An editor's change to a registration, run through the hook with a stubbed `payload`: the MongoDB
 * path, whose seat ledger is a model with `findOneAndUpdate` (seats left or not) and `updateOne`.
 */
function editorSave(options: { seatsLeft: boolean }) {
  const seatUpdates: unknown[] = []
  const seats = {
    findOneAndUpdate: vi.fn((filter: unknown) => {
      seatUpdates.push(filter)
      return { lean: async () => (options.seatsLeft ? { taken: 1 } : null) }
    }),
    updateOne: vi.fn(async () => ({ modifiedCount: 0 })),
    deleteMany: vi.fn(async () => undefined),
  }
  const docs: Record<string, unknown[]> = {
    sessions: [{ id: 7, kind: 'course', course: 3, capacity: 10, status: 'open', meetings: [], updatedAt: '' }],
    courses: [{ id: 3, title: 'Ledelse', slug: 'ledelse', updatedAt: '' }],
    registrations: [],
  }
  const payload = {
    db: { name: 'mongoose', collections: { 'session-seats': seats, registrations: seats } },
    find: vi.fn(async ({ collection }: { collection: string }) => {
      const found = docs[collection] ?? []
      return { docs: found, totalDocs: found.length }
    }),
  }
  const req = { payload, i18n: { language: 'en' }, transactionID: undefined, context: {} } as unknown as PayloadRequest
  const hook: CollectionBeforeChangeHook = checkSeatsBeforeChange(resolveOptions({}))
  const run = (data: Record<string, unknown>, originalDoc?: Record<string, unknown>) =>
    hook({ data, originalDoc, operation: originalDoc ? 'update' : 'create', req, context: {}, collection: {} as never }) as Promise<Record<string, unknown>>
  return { run, seatUpdates, payload }
}

const place = { id: 51, session: 7, name: 'Kari', email: 'kari@example.org', agency: 'UKE' }

/** The message a refusal shows the editor. */
async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    return JSON.stringify((error as { data?: unknown }).data ?? (error as Error).message)
  }
  throw new Error('the change was not refused')
}

describe('an editor changing a registration', () => {
  it('may not reopen a cancelled registration', async () => {
    const { run, payload } = editorSave({ seatsLeft: true })
    expect(await refusal(run({ status: 'confirmed' }, { ...place, status: 'cancelled' }))).toContain('cannot be reopened')
    expect(payload.find).not.toHaveBeenCalled()
  })

  it('may not send a place with a seat back to the waiting list', async () => {
    const { run } = editorSave({ seatsLeft: true })
    for (const from of ['confirmed', 'pending-approval', 'attended', 'no-show']) {
      expect(await refusal(run({ status: 'waitlisted' }, { ...place, status: from }))).toContain('waiting list')
    }
  })

  it('may not move a place to another session', async () => {
    const { run } = editorSave({ seatsLeft: true })
    expect(await refusal(run({ session: 8 }, { ...place, status: 'confirmed' }))).toContain('another session')
  })

  it('cancelling frees the address for a new sign-up and stamps the time, touching no seat before the save', async () => {
    const { run, seatUpdates } = editorSave({ seatsLeft: true })
    const saved = await run({ status: 'cancelled' }, { ...place, status: 'confirmed' })
    expect(saved.activeKey).toBe('cancelled:51')
    expect(typeof saved.cancelledAt).toBe('string')
    expect(seatUpdates).toEqual([])
  })

  it('moving someone up from the waiting list takes a seat', async () => {
    const { run, seatUpdates } = editorSave({ seatsLeft: true })
    const saved = await run({ status: 'confirmed' }, { ...place, status: 'waitlisted' })
    expect(seatUpdates).toHaveLength(1)
    expect(typeof saved.promotedAt).toBe('string')
  })

  it('moving someone up is refused when the session is full', async () => {
    const { run } = editorSave({ seatsLeft: false })
    expect(await refusal(run({ status: 'confirmed' }, { ...place, status: 'waitlisted' }))).toContain('The session is full')
  })

  it('between statuses that both hold a seat, no seat moves', async () => {
    const { run, seatUpdates } = editorSave({ seatsLeft: false })
    await run({ status: 'attended' }, { ...place, status: 'confirmed' })
    await run({ status: 'no-show' }, { ...place, status: 'pending-approval' })
    expect(seatUpdates).toEqual([])
  })
})
