import type { Payload } from 'payload'

type Id = number | string

export interface CatalogFixture {
  topics: Id[]
  agency: Id
  location: Id
  facilitator: Id
  courses: Id[]
  programme: Id
  service: Id
  sessions: Id[]
}

const inDays = (days: number, hour = 9) => new Date(Date.UTC(2031, 0, 1 + days, hour)).toISOString()

/** A small catalogue made through the Local API: every collection gets at least one document. */
export async function createCatalogFixture(payload: Payload): Promise<CatalogFixture> {
  const leadership = await payload.create({ collection: 'topics', data: { title: 'Tillitsbasert ledelse' } })
  const dialogue = await payload.create({ collection: 'topics', data: { title: 'Medarbeidersamtalen' } })
  const agency = await payload.create({
    collection: 'agencies',
    data: { name: 'Bydel Gamle Oslo', allowedOrigins: [{ origin: 'https://bydel.example.org' }], contactEmail: 'post@bydel.example.org' },
  })
  const location = await payload.create({ collection: 'locations', data: { name: 'UKE, Helsfyr', address: 'Helsfyr, Oslo' } })
  const facilitator = await payload.create({
    collection: 'facilitators',
    data: { name: 'Kari Nordmann', title: 'Seniorrådgiver', email: 'kari@example.org' },
  })
  const titles = [
    ['Tillitsbasert styring og ledelse', 'leaders', 'digital', leadership.id],
    ['Medarbeidersamtaler for tillitsbasert styring og ledelse', 'all', 'in-person', dialogue.id],
    ['Om å fremme tillitsbasert ledelse og mestringsklima', 'leaders', 'hybrid', leadership.id],
  ] as const
  const courses: Id[] = []
  for (const [title, audience, format, topic] of titles) {
    const course = await payload.create({
      collection: 'courses',
      data: { title, summary: `Om ${title}`, audience, format, topics: [topic], facilitators: [facilitator.id], _status: 'published' },
    })
    courses.push(course.id)
  }
  const programme = await payload.create({
    collection: 'programmes',
    data: { title: 'Tillitsbasert ledelse', summary: 'Program over fire samlinger', topics: [leadership.id], _status: 'published' },
  })
  const service = await payload.create({
    collection: 'services',
    data: { title: 'Open Space', summary: 'Prosesshjelp', deliverables: [{ text: 'Prosessledelse' }], _status: 'published' },
  })
  const sessions: Id[] = []
  for (const [index, course] of courses.entries()) {
    const session = await payload.create({
      collection: 'sessions',
      data: {
        kind: 'course',
        course,
        capacity: 20,
        meetings: [{ startsAt: inDays(10 * (index + 1)), endsAt: inDays(10 * (index + 1), 15), location: location.id }],
      },
    })
    sessions.push(session.id)
  }
  const cohort = await payload.create({
    collection: 'sessions',
    data: {
      kind: 'programme',
      programme: programme.id,
      capacity: 16,
      meetings: [
        { startsAt: inDays(60), endsAt: inDays(60, 16), location: location.id },
        { startsAt: inDays(100), endsAt: inDays(100, 16), location: location.id },
      ],
    },
  })
  sessions.push(cohort.id)
  return {
    topics: [leadership.id, dialogue.id],
    agency: agency.id,
    location: location.id,
    facilitator: facilitator.id,
    courses,
    programme: programme.id,
    service: service.id,
    sessions,
  }
}
