import { addDays, osloDate, osloInstant } from '@kurskatalog/payload-plugin'
import type { Payload } from 'payload'
import { agencies, facilitators, issuer, locations, offerings, serviceRequests, services, topics } from './content.js'

type Id = number | string

/** The instant (ISO) when Oslo's clocks show `hhmm` on the Oslo calendar day `days` after `from`. */
const osloAt = (from: Date, days: number, hhmm: string): string => osloInstant(addDays(osloDate(from), days), hhmm).toISOString()

export interface SeedOptions {
  /** Web origins allowed to take sign-ups for the demo agencies (the example site, the CMS itself). */
  demoOrigins: string[]
  admin: { email: string; password: string }
  now?: Date
}

/** Finds a document by a unique field or creates it: running the seed twice changes nothing. */
async function ensure(payload: Payload, collection: string, field: string, value: string, data: Record<string, unknown>): Promise<Id> {
  const found = await payload.find({ collection: collection as 'users', where: { [field]: { equals: value } }, limit: 1, depth: 0, draft: true })
  const existing = found.docs[0]
  if (existing) return existing.id
  const created = await payload.create({ collection: collection as 'users', data: data as never, draft: false })
  return created.id
}

/** Puts the article's catalogue in an empty database: the issuer's facts, topics, agencies, Helsfyr, courses, a programme, services and orders of them, sessions. */
export async function seedDemoCatalog(payload: Payload, options: SeedOptions): Promise<void> {
  const now = options.now ?? new Date()
  await ensure(payload, 'users', 'email', options.admin.email, { ...options.admin, name: 'Demo-administrator', role: 'admin' })

  // The issuer's facts, unless an editor has already filled them in.
  const settings = await payload.findGlobal({ slug: 'issuer-settings', depth: 0 })
  if (!settings.name) await payload.updateGlobal({ slug: 'issuer-settings', data: issuer })

  const topicIds = new Map<string, Id>()
  for (const topic of topics) topicIds.set(topic.slug, await ensure(payload, 'topics', 'slug', topic.slug, topic))

  const agencyIds: Id[] = []
  for (const agency of agencies) {
    const withOrigins = ['uke', 'bydel-gamle-oslo'].includes(agency.slug)
    agencyIds.push(
      await ensure(payload, 'agencies', 'slug', agency.slug, {
        ...agency,
        allowedOrigins: withOrigins ? options.demoOrigins.map((origin) => ({ origin })) : [],
      }),
    )
  }

  const locationIds: Id[] = []
  for (const location of locations) locationIds.push(await ensure(payload, 'locations', 'name', location.name, location))
  const facilitatorIds: Id[] = []
  for (const person of facilitators) facilitatorIds.push(await ensure(payload, 'facilitators', 'name', person.name, person))

  const serviceIds = new Map<string, Id>()
  for (const service of services) {
    serviceIds.set(
      service.slug,
      await ensure(payload, 'services', 'slug', service.slug, {
        ...service,
        deliverables: service.deliverables.map((text) => ({ text })),
        _status: 'published',
      }),
    )
  }
  for (const request of serviceRequests) {
    await ensure(payload, 'service-requests', 'idempotencyKey', request.idempotencyKey, { ...request, service: serviceIds.get(request.service), locale: 'nb' })
  }

  let participant = 0
  for (const offering of offerings) {
    const collection = offering.kind === 'course' ? 'courses' : 'programmes'
    const offeringId = await ensure(payload, collection, 'slug', offering.slug, {
      ...offering,
      kind: undefined,
      sessions: undefined,
      topics: offering.topics.map((slug) => topicIds.get(slug)),
      facilitators: offering.facilitators.map((index) => facilitatorIds[index]),
      learningOutcomes: offering.learningOutcomes.map((text) => ({ text })),
      questions: offering.questions.map((question) => ({ ...question, options: (question.options ?? []).map((value) => ({ value })) })),
      _status: 'published',
    })
    const existingSessions = await payload.count({ collection: 'sessions', where: { [offering.kind]: { equals: offeringId } } })
    if (existingSessions.totalDocs > 0) continue

    for (const plan of offering.sessions) {
      const meetings = plan.meetings.map((meeting) => ({
        startsAt: osloAt(now, plan.inDays + meeting.dayOffset, meeting.from),
        endsAt: osloAt(now, plan.inDays + meeting.dayOffset, meeting.to),
        location: locationIds[meeting.location],
        onlineUrl: meeting.location === 1 ? 'https://teams.example.org/kurskatalog-demo' : undefined,
      }))
      const session = await payload.create({
        collection: 'sessions',
        data: {
          kind: offering.kind,
          [offering.kind]: offeringId,
          meetings,
          capacity: plan.capacity,
          minParticipants: plan.minParticipants,
          signupDeadline: osloAt(now, plan.inDays - plan.deadlineDaysBefore, '23:59'),
          waitlistEnabled: true,
          status: 'open',
          language: 'nb',
        } as never,
      })
      // Added the way an editor adds people in the admin: the registrations' own hooks take the seats,
      // number the waiting list and make the cancel links, as for anyone signed up by hand.
      const people = plan.confirmed + plan.waitlisted
      for (let index = 0; index < people; index++) {
        participant += 1
        const number = String(participant).padStart(3, '0')
        await payload.create({
          collection: 'registrations',
          data: {
            session: session.id,
            name: `Deltaker ${number}`,
            email: `deltaker${number}@example.org`,
            agency: agencies[participant % agencies.length]?.name ?? 'Ukjent',
            status: index >= plan.confirmed ? 'waitlisted' : 'confirmed',
            locale: 'nb',
            idempotencyKey: `demo-seed-${session.id}-${number}`,
          } as never,
        })
      }
    }
  }
  payload.logger.info(`Demo catalogue ready: ${offerings.length} offerings, ${services.length} services, ${agencyIds.length} agencies.`)
}
