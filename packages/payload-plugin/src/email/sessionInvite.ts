import ical, { ICalCalendarMethod } from 'ical-generator'
import type { SessionFacts } from '../seats/sessionFacts.js'

/**
 * The `.ics` attached to a confirmation: one event per meeting, in UTC (every calendar converts it).
 * Event ids are stable per session and meeting, so opening a newer file updates the same events.
 */
export function sessionInvite(session: SessionFacts, host: string): { filename: string; content: string; contentType: string } {
  const calendar = ical({ name: session.offering.title, prodId: { company: 'Oslo kommune UKE', product: 'Kurskatalog' }, method: ICalCalendarMethod.PUBLISH })
  session.meetings.forEach((meeting, index) => {
    const place = [meeting.placeName, meeting.address].filter(Boolean).join(', ')
    calendar.createEvent({
      id: `session-${session.id}-meeting-${index + 1}@${host}`,
      start: new Date(meeting.startsAt),
      end: new Date(meeting.endsAt),
      summary: session.meetings.length > 1 ? `${session.offering.title} (${index + 1}/${session.meetings.length})` : session.offering.title,
      location: place || meeting.onlineUrl || null,
      url: meeting.onlineUrl ?? null,
    })
  })
  return { filename: 'kurs.ics', content: calendar.toString(), contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }
}
