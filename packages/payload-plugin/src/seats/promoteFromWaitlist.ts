import type { DocId } from '../catalog/docs.js'
import { seatGrantStatus } from './seatStatuses.js'
import type { SeatStore } from './seatStore.js'

/**
 * Gives free seats to the waiting list, first number first: take a seat, then claim the first
 * waitlisted person for it; if nobody waits, give the seat back and stop. Run after a seat is freed
 * and after a waitlisted sign-up is stored (that closes the race with a cancel that found nobody
 * waiting a moment before). Returns who was moved up, for the caller to email.
 */
export async function promoteFromWaitlist(
  store: SeatStore,
  session: { id: DocId; capacity: number; needsApproval: boolean; status: 'open' | 'cancelled' },
  now: Date,
): Promise<DocId[]> {
  const promoted: DocId[] = []
  if (session.status === 'cancelled') return promoted
  // Bounded: each round either fills one seat or stops.
  for (let round = 0; round < session.capacity; round++) {
    if (!(await store.takeSeat(session.id, session.capacity))) break
    const claimed = await store.claimFirstWaitlisted(session.id, seatGrantStatus(session), now)
    if (claimed === null) {
      await store.releaseSeat(session.id)
      break
    }
    promoted.push(claimed)
  }
  return promoted
}

