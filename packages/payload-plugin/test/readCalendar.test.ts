import { apiPaths, type OfferingDetail } from '@kurskatalog/contract'
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sessionCalendar } from '../src/catalog/sessionCalendar.js'
import { testDatabases } from './support/databases.js'
import { inDays, osloDate, secrets, seedReadCatalog, type ReadSeed } from './support/readCatalogSeed.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'

interface ParsedEvent {
  uid: string
  summary: string
  location: string | null
  status: string | null
  url: string | null
  start: Date
  end: Date
  startZone: string
  startWallClock: string
}

/** Parses an iCalendar text with Mozilla's ical.js, resolving times through the file's own VTIMEZONE. */
function parseCalendar(text: string): { events: ParsedEvent[]; calendar: ICAL.Component } {
  const calendar = new ICAL.Component(ICAL.parse(text))
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone)
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component)
    const dtstart = component.getFirstProperty('dtstart')!
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location ?? null,
      status: (component.getFirstPropertyValue('status') as string | null) ?? null,
      url: (component.getFirstPropertyValue('url') as string | null) ?? null,
      start: event.startDate.toJSDate(),
      end: event.endDate.toJSDate(),
      startZone: String(dtstart.getParameter('tzid')),
      startWallClock: event.startDate.toString(),
    }
  })
  return { events, calendar }
}

describe.each(testDatabases)('calendar files on $name', ({ start }) => {
  let catalog: RunningCatalog
  let seed: ReadSeed

  beforeAll(async () => {
    catalog = await startCatalog(await start())
    seed = await seedReadCatalog(catalog.payload)
  })
  afterAll(() => catalog?.stop())

  const get = (path: string, init?: RequestInit) => catalog.request(path, init)

  it('gives one VEVENT per meeting of a session, in Europe/Oslo, with title, place and a link but no meeting URL', async () => {
    const response = await get(apiPaths.sessionCalendar(String(seed.sessions.cohort)))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="lederprogram-for-nye-ledere-\d{4}-\d{2}-\d{2}\.ics"$/)
    const text = await response.text()
    const { events } = parseCalendar(text)
    const detail = (await (await get(apiPaths.offering('lederprogram-for-nye-ledere'))).json()) as OfferingDetail
    const meetings = detail.sessions[0]!.meetings
    expect(events).toHaveLength(3)
    expect(events.map((event) => event.start.toISOString())).toEqual(meetings.map((meeting) => meeting.startsAt))
    expect(events.map((event) => event.end.toISOString())).toEqual(meetings.map((meeting) => meeting.endsAt))
    expect(events.every((event) => event.startZone === 'Europe/Oslo')).toBe(true)
    expect(events.map((event) => event.summary)).toEqual([
      'Lederprogram for nye ledere (samling 1 av 3)',
      'Lederprogram for nye ledere (samling 2 av 3)',
      'Lederprogram for nye ledere (samling 3 av 3)',
    ])
    expect(events[0]!.location).toBe('UKE, Helsfyr, Innspurten 9, Oslo')
    expect(events[1]!.location).toMatch(/^Digitalt/)
    expect(events[0]!.url).toMatch(/\/api\/catalog\/v1\/offerings\/lederprogram-for-nye-ledere$/)
    expect(new Set(events.map((event) => event.uid)).size).toBe(3)
    expect(text).not.toContain(secrets.onlineUrl)
    expect(text).not.toMatch(/ORGANIZER|ATTENDEE/)
  })

  it('writes Oslo wall time whatever the server clock, summer time included', () => {
    // 09:00 UTC is 10:00 in Oslo in January and 11:00 in July.
    const text = sessionCalendar(
      [
        {
          title: 'Kurs',
          session: {
            id: 's1',
            startsAt: '2031-01-15T09:00:00.000Z',
            endsAt: '2031-07-15T10:00:00.000Z',
            meetings: [
              { startsAt: '2031-01-15T09:00:00.000Z', endsAt: '2031-01-15T10:00:00.000Z', place: null, online: true },
              { startsAt: '2031-07-15T09:00:00.000Z', endsAt: '2031-07-15T10:00:00.000Z', place: null, online: true },
            ],
            language: 'nb',
            capacity: 10,
            seatsLeft: 10,
            seatStatus: 'open',
            signupDeadline: null,
            waitlistEnabled: true,
          },
          onlineLinks: [null, 'https://teams.example.org/m/1'],
        },
      ],
      { name: 'Kurs', locale: 'en' },
    )
    expect(text).toContain('DTSTART;TZID=Europe/Oslo:20310115T100000')
    expect(text).toContain('DTSTART;TZID=Europe/Oslo:20310715T110000')
    const { events } = parseCalendar(text)
    expect(events.map((event) => event.start.toISOString())).toEqual(['2031-01-15T09:00:00.000Z', '2031-07-15T09:00:00.000Z'])
    // A participant's own file carries the meeting link; the public one does not.
    expect(events[1]!.location).toBe('https://teams.example.org/m/1')
    expect(events[0]!.location).toBe('Online (link in your confirmation)')
  })

  it('marks a cancelled session as cancelled so subscribed calendars drop it', async () => {
    const { events } = parseCalendar(await (await get(apiPaths.sessionCalendar(String(seed.sessions.envCancelled)))).text())
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({ status: 'CANCELLED', summary: 'AVLYST: Arbeidsmiljø i praksis' })
  })

  it('serves a subscribable feed of every upcoming session of published offerings, filterable like the listing', async () => {
    const feed = await get(apiPaths.calendarFeed)
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-disposition')).toBe('inline; filename="kurskatalog.ics"')
    const { events, calendar } = parseCalendar(await feed.text())
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Kurskatalog')
    // trust ×4, dialogue, economy, environment ×3 (full, cancelled, closed; not the ended one), cohort ×3 meetings; no draft.
    expect(events).toHaveLength(4 + 1 + 1 + 3 + 3)
    expect(events.map((event) => event.summary)).not.toContain(secrets.draftTitle)
    // Upcoming only: the session that ended 30 days ago is not in the feed.
    expect(events.every((event) => event.end.getTime() > Date.now())).toBe(true)

    const leaders = parseCalendar(await (await get(`${apiPaths.calendarFeed}?audience=leaders&topic=tillitsbasert-ledelse`)).text())
    expect(leaders.events).toHaveLength(4 + 3)
    const ranged = parseCalendar(await (await get(`${apiPaths.calendarFeed}?from=${osloDate(inDays(35))}&to=${osloDate(inDays(75))}`)).text())
    expect(ranged.events.map((event) => event.summary)).toEqual([
      'Tillitsbasert styring og ledelse',
      'Tillitsbasert styring og ledelse',
    ])
    const english = parseCalendar(await (await get(`${apiPaths.calendarFeed}?kind=programme&lang=en`)).text())
    expect(english.calendar.getFirstPropertyValue('x-wr-calname')).toBe('Course catalogue')
    expect(english.events.map((event) => event.summary)).toEqual([
      'Lederprogram for nye ledere (meeting 1 of 3)',
      'Lederprogram for nye ledere (meeting 2 of 3)',
      'Lederprogram for nye ledere (meeting 3 of 3)',
    ])
  })

  it('revalidates calendar files with ETag and 304', async () => {
    for (const path of [apiPaths.calendarFeed, apiPaths.sessionCalendar(String(seed.sessions.trust1))]) {
      const first = await get(path)
      const etag = first.headers.get('etag')
      expect(etag).toMatch(/^"[\w-]+"$/)
      expect(first.headers.get('access-control-allow-origin')).toBe('*')
      expect((await get(path, { headers: { 'If-None-Match': etag! } })).status).toBe(304)
    }
  })
})
