import { registrationStatuses, type RegistrationStatus } from '@kurskatalog/contract'
import type { PayloadRequest } from 'payload'
import { loadAttendanceMarks, type AttendanceMarks } from '../attendance/attendanceMarks.js'
import { attendanceTaken, completionOf, markableMeetingIds } from '../attendance/completion.js'
import { idKey, type DocId } from '../catalog/docs.js'
import { loadTakenSeats } from '../catalog/lookups.js'
import { seatsLeft } from '../catalog/seatStatus.js'
import type { RegistrationDoc } from '../seats/registrationDoc.js'
import { loadSessionFacts, type SessionFacts } from '../seats/sessionFacts.js'
import type { CatalogContext } from '../types.js'

/** One person on a session's list, as the organiser's desk shows and exports them. */
export interface Participant {
  id: DocId
  name: string
  email: string
  agency: string
  role: string | null
  status: RegistrationStatus
  waitlistPosition: number | null
  signedUpAt: string
  answers: Record<string, string | boolean>
  /** Each gathering this person was marked at (by meeting id): present or absent; unmarked ones are missing. */
  attendance: Record<string, boolean>
  /** Completed by attendance and the session's rule; null when not on the attendance list or attendance not taken. */
  completed: boolean | null
}

export type ParticipantCounts = Record<RegistrationStatus, number>

/** A session with everyone on it, their counts by status and the seats still free. */
export interface SessionRoster {
  session: SessionFacts
  participants: Participant[]
  counts: ParticipantCounts
  seatsLeft: number
  /** Whether anyone has been marked at any gathering. */
  attendanceTaken: boolean
  /** How many have completed by attendance and the rule. */
  completed: number
}

const statusOrder = new Map<string, number>(registrationStatuses.map((status, index) => [status, index]))
const byName = new Intl.Collator('nb', { sensitivity: 'base' })

/** Status by status (as the contract lists them), the waiting list in its order, everyone else by name. */
const rosterOrder = (a: Participant, b: Participant): number =>
  (statusOrder.get(a.status) ?? 99) - (statusOrder.get(b.status) ?? 99) ||
  (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0) ||
  byName.compare(a.name, b.name) ||
  a.signedUpAt.localeCompare(b.signedUpAt)

const toParticipant = (session: SessionFacts, marks: AttendanceMarks) => (doc: RegistrationDoc): Participant => ({
  id: doc.id,
  name: doc.name,
  email: doc.email,
  agency: doc.agency,
  role: doc.role || null,
  status: doc.status,
  waitlistPosition: doc.status === 'waitlisted' && doc.waitlistPosition ? Number(doc.waitlistPosition) : null,
  signedUpAt: doc.createdAt,
  answers: doc.answers && typeof doc.answers === 'object' && !Array.isArray(doc.answers) ? doc.answers : {},
  attendance: Object.fromEntries(marks.get(idKey(doc.id)) ?? []),
  completed: completionOf(session, marks, doc),
})

export function countByStatus(participants: readonly Pick<Participant, 'status'>[]): ParticipantCounts {
  const counts = Object.fromEntries(registrationStatuses.map((status) => [status, 0])) as ParticipantCounts
  for (const { status } of participants) if (status in counts) counts[status] += 1
  return counts
}

/**
 * Everyone on a session, read past access control: the caller (an organiser endpoint) has checked that the
 * user is an editor. Null when the session does not exist.
 */
export async function loadSessionRoster(req: PayloadRequest, context: CatalogContext, sessionId: DocId): Promise<SessionRoster | null> {
  const { payload } = req
  const session = await loadSessionFacts(payload, context.slugs, sessionId)
  if (!session) return null
  const found = await payload.find({
    collection: context.slugs.registrations,
    where: { session: { equals: session.id } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    joins: false,
    req,
  })
  const marks = await loadAttendanceMarks(req, context, session.id, markableMeetingIds(session))
  const participants = (found.docs as unknown as RegistrationDoc[]).map(toParticipant(session, marks)).sort(rosterOrder)
  const taken = (await loadTakenSeats(payload, context.slugs, [session.id], req)).get(idKey(session.id)) ?? 0
  return {
    session,
    participants,
    counts: countByStatus(participants),
    seatsLeft: session.status === 'cancelled' ? 0 : seatsLeft({ capacity: session.capacity, taken }),
    attendanceTaken: attendanceTaken(marks),
    completed: participants.filter((participant) => participant.completed === true).length,
  }
}
