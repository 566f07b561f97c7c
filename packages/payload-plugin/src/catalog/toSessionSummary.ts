import { toLocale, type Meeting, type SessionSummary } from '@kurskatalog/contract'
import { idKey, refId, type LocationDoc, type MeetingRow, type SessionDoc } from './docs.js'
import { seatStatusOf, seatsLeft } from './seatStatus.js'

export type LocationsById = ReadonlyMap<string, LocationDoc>

function toMeeting(meeting: MeetingRow, locations: LocationsById): Meeting {
  const ref = meeting.location
  const location = typeof ref === 'object' && ref !== null ? ref : ref !== null && ref !== undefined ? locations.get(idKey(ref)) : undefined
  return {
    startsAt: new Date(meeting.startsAt).toISOString(),
    endsAt: new Date(meeting.endsAt).toISOString(),
    place: location ? { name: location.name, address: location.address || null } : null,
    // The link itself is for participants only: it goes out in the confirmation email, never in the public API.
    online: Boolean(meeting.onlineUrl?.trim()),
  }
}

/** The public face of a session: times, places, seats. `taken` comes from the session-seats ledger (0 when none). */
export function toSessionSummary(session: SessionDoc, taken: number, now: Date, locations: LocationsById = new Map()): SessionSummary {
  const meetings = [...(session.meetings ?? [])]
    .sort((a, b) => new Date(a.startsAt).getTime() - new Date(b.startsAt).getTime())
    .map((meeting) => toMeeting(meeting, locations))
  const startsAt = session.startsAt ?? meetings[0]?.startsAt ?? session.updatedAt
  const endsAt = session.endsAt ?? meetings[meetings.length - 1]?.endsAt ?? startsAt
  const state = {
    capacity: session.capacity,
    taken,
    status: session.status,
    signupDeadline: session.signupDeadline,
    waitlistEnabled: session.waitlistEnabled,
    startsAt,
  }
  return {
    id: idKey(session.id),
    startsAt: new Date(startsAt).toISOString(),
    endsAt: new Date(endsAt).toISOString(),
    meetings,
    language: toLocale(session.language),
    capacity: session.capacity,
    seatsLeft: session.status === 'cancelled' ? 0 : seatsLeft(state),
    seatStatus: seatStatusOf(state, now),
    signupDeadline: session.signupDeadline ? new Date(session.signupDeadline).toISOString() : null,
    waitlistEnabled: Boolean(session.waitlistEnabled),
  }
}

/** The location ids a set of sessions' meetings point at, for one batched lookup. */
export function locationIdsOf(sessions: readonly SessionDoc[]): (number | string)[] {
  const ids = new Map<string, number | string>()
  for (const session of sessions) {
    for (const meeting of session.meetings ?? []) {
      const id = typeof meeting.location === 'object' ? null : refId(meeting.location)
      if (id !== null) ids.set(idKey(id), id)
    }
  }
  return [...ids.values()]
}
