import type { DocId } from '../catalog/docs.js'
import { seatGrantStatus } from './seatStatuses.js'
import type { SeatStore } from './seatStore.js'

/** True once the session's first meeting has begun: from then on nobody is moved up (an editor may still add a person by hand). */
export const sessionHasStarted = (session: { startsAt: string | null }, now: Date): boolean =>
  session.startsAt !== null && new Date(session.startsAt).getTime() <= now.getTime()

/**
 * Gives free seats to the waiting list, first number first: take a seat, then claim the first
 * waitlisted person for it; if nobody waits, give the seat back and stop. Run after a seat is freed
 * and after a waitlisted sign-up is stored (that closes the race with a cancel that found nobody
 * waiting a moment before). Nobody is moved up once the session has started (`now`, the catalogue's
 * clock): a seat given at the door would be an email nobody reads in time. Returns who was moved up, for the caller to email.
 */
export async function promoteFromWaitlist(
  store: SeatStore,
  session: { id: DocId; capacity: number; needsApproval: boolean; status: 'open' | 'cancelled'; startsAt: string | null },
  now: Date,
): Promise<DocId[]> {
  const promoted: DocId[] = []
  if (session.status === 'cancelled' || sessionHasStarted(session, now)) return promoted
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

