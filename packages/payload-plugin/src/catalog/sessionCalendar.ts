import { catalogTimeZone, type Locale, type SessionSummary } from '@kurskatalog/contract'
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'
import { zonedDateTime } from './zonedDateTime.js'

/** One session to put in a calendar file. */
export interface CalendarSession {
  session: SessionSummary
  /** The offering's title. */
  title: string
  /** Where to read more (the offering's page). */
  url?: string | null
  /** Short description, e.g. the offering's summary. */
  description?: string | null
  /**
   * Meeting links per meeting, in the order of `session.meetings`. Only for a participant's own
   * file (the confirmation email): the public calendars never carry them.
   */
  onlineLinks?: readonly (string | null | undefined)[]
  /** When the session last changed; keeps DTSTAMP (and so the file and its ETag) stable between requests. */
  updatedAt?: string | Date
}

export interface CalendarOptions {
  /** The calendar's name, shown by subscribing clients. */
  name: string
  locale?: Locale
  /** Host part of the stable event UIDs, e.g. the CMS host name. */
  uidDomain?: string
}

const words: Record<Locale, { online: string; meeting: (n: number, of: number) => string; cancelled: string; linkLater: string }> = {
  nb: { online: 'Digitalt', meeting: (n, of) => `samling ${n} av ${of}`, cancelled: 'AVLYST', linkLater: 'lenken kommer i bekreftelsen' },
  nn: { online: 'Digitalt', meeting: (n, of) => `samling ${n} av ${of}`, cancelled: 'AVLYST', linkLater: 'lenkja kjem i stadfestinga' },
  en: { online: 'Online', meeting: (n, of) => `meeting ${n} of ${of}`, cancelled: 'CANCELLED', linkLater: 'link in your confirmation' },
}

// Oslo's rules since 1996 (EU summer time rules). Written out so calendar files need no timezone database.
const osloTimezone = [
  'BEGIN:VTIMEZONE',
  `TZID:${catalogTimeZone}`,
  `X-LIC-LOCATION:${catalogTimeZone}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n')

/**
 * An iCalendar file (RFC 5545) with one VEVENT per meeting, in Oslo time. Used by the public
 * session file and feed, and by the confirmation email (with `onlineLinks`). No personal data:
 * no organizer, no attendees.
 */
export function sessionCalendar(sessions: readonly CalendarSession[], { name, locale = 'nb', uidDomain = 'kurskatalog' }: CalendarOptions): string {
  const text = words[locale]
  const calendar = ical({
    name,
    prodId: { company: 'Kurskatalog', product: 'Kurskatalog', language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    // No calendar-wide zone (it would also print DTSTAMP as local time); each event carries TZID.
    timezone: { name: null, generator: (zone) => (zone === catalogTimeZone ? osloTimezone : null) },
  })
  for (const { session, title, url, description, onlineLinks, updatedAt } of sessions) {
    const cancelled = session.seatStatus === 'cancelled'
    const count = session.meetings.length
    session.meetings.forEach((meeting, index) => {
      const link = onlineLinks?.[index]?.trim() || null
      const where = [meeting.place ? [meeting.place.name, meeting.place.address].filter(Boolean).join(', ') : null]
      if (meeting.online) where.push(link ?? `${text.online} (${text.linkLater})`)
      const summary = `${cancelled ? `${text.cancelled}: ` : ''}${title}${count > 1 ? ` (${text.meeting(index + 1, count)})` : ''}`
      calendar.createEvent({
        // Stable per session and meeting, so a subscribed feed updates events instead of duplicating them.
        id: `session-${session.id}-${index + 1}@${uidDomain}`,
        start: zonedDateTime(new Date(meeting.startsAt), catalogTimeZone),
        end: zonedDateTime(new Date(meeting.endsAt), catalogTimeZone),
        timezone: catalogTimeZone,
        stamp: updatedAt ? new Date(updatedAt) : new Date(session.startsAt),
        summary,
        location: where.filter(Boolean).join(' – ') || null,
        description: [description, link ? link : null, url].filter(Boolean).join('\n\n') || null,
        url: url ?? null,
        status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      })
    })
  }
  return calendar.toString()
}
