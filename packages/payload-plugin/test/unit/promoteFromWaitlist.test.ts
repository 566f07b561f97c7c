import { describe, expect, it } from 'vitest'
import type { DocId } from '../../src/catalog/docs.js'
import { promoteFromWaitlist } from '../../src/seats/promoteFromWaitlist.js'
import type { SeatStore } from '../../src/seats/seatStore.js'

interface Waiting {
  id: DocId
  position: number
  status: string
}

/** A seat store in memory with the database's semantics: conditional seat taking, lowest number claimed first. */
function memoryStore(taken: number, waiting: Waiting[]) {
  const state = { taken, waiting, log: [] as string[] }
  const store: SeatStore = {
    openLedger: async () => {},
    async takeSeat(_session, capacity) {
      if (state.taken >= capacity) return false
      state.taken++
      state.log.push('take')
      return true
    },
    async releaseSeat() {
      state.taken = Math.max(0, state.taken - 1)
      state.log.push('release')
    },
    nextWaitlistNumber: async () => state.waiting.length + 1,
    confirmHeld: async () => false,
    async claimFirstWaitlisted(_session, status) {
      const first = state.waiting
        .filter((entry) => entry.status === 'waitlisted')
        .sort((a, b) => a.position - b.position || String(a.id).localeCompare(String(b.id)))[0]
      if (!first) return null
      first.status = status
      state.log.push(`claim ${first.id}`)
      return first.id
    },
    cancelIfIn: async () => false,
  }
  return { store, state }
}

const session = { id: 1, capacity: 3, needsApproval: false, status: 'open' as const, startsAt: '2027-03-10T08:00:00.000Z' }
const waitlisted = (id: DocId, position: number): Waiting => ({ id, position, status: 'waitlisted' })
const now = new Date('2027-03-01T09:00:00Z')

describe('promoteFromWaitlist', () => {
  it('moves the waiting list up into the free seats, lowest number first', async () => {
    const { store, state } = memoryStore(1, [waitlisted(11, 3), waitlisted(12, 1), waitlisted(13, 2)])
    expect(await promoteFromWaitlist(store, session, now)).toEqual([12, 13])
    expect(state.taken).toBe(3)
    expect(state.waiting.find((entry) => entry.id === 11)?.status).toBe('waitlisted')
  })

  it('takes the seat before it claims a person, so a seat is never promised twice', async () => {
    const { store, state } = memoryStore(2, [waitlisted(21, 1)])
    await promoteFromWaitlist(store, session, now)
    expect(state.log).toEqual(['take', 'claim 21'])
  })

  it('gives the seat back and stops when nobody waits', async () => {
    const { store, state } = memoryStore(0, [])
    expect(await promoteFromWaitlist(store, session, now)).toEqual([])
    expect(state.taken).toBe(0)
    expect(state.log).toEqual(['take', 'release'])
  })

  it('promotes nobody when the session is full', async () => {
    const { store, state } = memoryStore(3, [waitlisted(31, 1)])
    expect(await promoteFromWaitlist(store, session, now)).toEqual([])
    expect(state.log).toEqual([])
  })

  it('promotes nobody on a cancelled session', async () => {
    const { store, state } = memoryStore(0, [waitlisted(41, 1)])
    expect(await promoteFromWaitlist(store, { ...session, status: 'cancelled' }, now)).toEqual([])
    expect(state.log).toEqual([])
  })

  it('promotes nobody once the session has started, by the clock it is given', async () => {
    const started = memoryStore(0, [waitlisted(61, 1)])
    expect(await promoteFromWaitlist(started.store, session, new Date(session.startsAt))).toEqual([])
    expect(started.state.log).toEqual([])
    const aMinuteBefore = memoryStore(0, [waitlisted(61, 1)])
    expect(await promoteFromWaitlist(aMinuteBefore.store, session, new Date(Date.parse(session.startsAt) - 60_000))).toEqual([61])
  })

  it('moves people up pending approval when the offering needs it', async () => {
    const { store, state } = memoryStore(2, [waitlisted(51, 1)])
    await promoteFromWaitlist(store, { ...session, needsApproval: true }, now)
    expect(state.waiting[0]?.status).toBe('pending-approval')
  })

  it('stops after at most capacity rounds, whatever the store answers', async () => {
    let claims = 0
    const generous: SeatStore = {
      ...memoryStore(0, []).store,
      takeSeat: async () => true,
      claimFirstWaitlisted: async () => ++claims,
    }
    expect(await promoteFromWaitlist(generous, session, now)).toHaveLength(3)
  })
})
