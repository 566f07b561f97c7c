import { meetingsToComplete } from '@kurskatalog/contract'
import { isOnAttendanceList } from '../../attendance/attendanceList.js'
import { statusLabels } from '../../collections/Registrations/statusLabels.js'
import type { MeetingRequest } from './openMeetingRequest.js'

const byName = new Intl.Collator('nb', { sensitivity: 'base' })

/**
 * One gathering's attendance list as the admin's screen reads it: the session and its rule, the meeting with
 * its number, and everyone on the list (confirmed, attended, no-show) by name, each present, absent or not
 * yet marked (null), and whether they have completed so far.
 */
export function meetingAttendanceAnswer(opened: Extract<MeetingRequest, { ok: true }>, extra: Record<string, unknown> = {}): Response {
  const { roster, language, meeting, number } = opened
  const { session } = roster
  const people = roster.participants.filter((participant) => isOnAttendanceList(participant.status)).sort((a, b) => byName.compare(a.name, b.name))
  const present = people.filter((person) => person.attendance[meeting.id] === true).length
  const absent = people.filter((person) => person.attendance[meeting.id] === false).length
  return Response.json(
    {
      ...extra,
      session: {
        id: session.id,
        title: session.offering.title,
        meetingCount: session.meetings.length,
        completionMinimum: session.completionMinimum ?? null,
        meetingsToComplete: meetingsToComplete(session.completionMinimum, session.meetings.length),
      },
      meeting: { id: meeting.id, number, startsAt: meeting.startsAt, endsAt: meeting.endsAt, place: meeting.placeName, online: !meeting.placeName && Boolean(meeting.onlineUrl) },
      counts: { listed: people.length, present, absent, unmarked: people.length - present - absent, completed: roster.completed },
      participants: people.map((person) => ({
        id: person.id,
        name: person.name,
        agency: person.agency,
        status: person.status,
        statusLabel: statusLabels[person.status]?.[language] ?? person.status,
        present: person.attendance[meeting.id] ?? null,
        completed: person.completed,
      })),
    },
    { headers: { 'Cache-Control': 'no-store' } },
  )
}
