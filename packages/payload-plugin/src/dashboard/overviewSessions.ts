import type { PayloadRequest } from 'payload'
import { idKey, refId, type DocId, type OfferingDoc, type SeatLedgerDoc, type SessionDoc } from '../catalog/docs.js'
import { takenFrom } from '../catalog/readModel/catalogSnapshot.js'
import { seatsLeft } from '../catalog/seatStatus.js'
import type { RegistrationDoc } from '../seats/registrationDoc.js'
import type { CatalogContext } from '../types.js'
import type { OverviewSession } from './overviewTypes.js'

const day = 24 * 60 * 60 * 1000

/** The statuses the dashboard counts, by the column they count in. */
const column = {
  confirmed: 'confirmed',
  attended: 'confirmed',
  'no-show': 'confirmed',
  'pending-approval': 'awaitingApproval',
  waitlisted: 'waitlisted',
} as const satisfies Partial<Record<RegistrationDoc['status'], keyof OverviewSession>>

type Counted = Pick<OverviewSession, 'confirmed' | 'awaitingApproval' | 'waitlisted'>

/**
 * The sessions the dashboard shows — open, not yet started, and either starting within `horizonDays` or
 * with a minimum — with their counts. Five queries whatever their number (sessions, their registrations,
 * their ledgers, the courses' and the programmes' titles), each under the user's own access.
 */
export async function loadOverviewSessions(
  req: PayloadRequest,
  context: CatalogContext,
  now: Date,
  horizonDays: number,
): Promise<{ nextSessions: OverviewSession[]; atRisk: OverviewSession[] }> {
  const { payload } = req
  const horizon = new Date(now.getTime() + horizonDays * day)
  const access = { overrideAccess: false, req, depth: 0, pagination: false } as const
  const sessions = (
    await payload.find({
      ...access,
      collection: context.slugs.sessions,
      where: {
        and: [
          { status: { equals: 'open' } },
          { startsAt: { greater_than: now.toISOString() } },
          { or: [{ startsAt: { less_than: horizon.toISOString() } }, { minParticipants: { greater_than: 0 } }] },
        ],
      },
      sort: 'startsAt',
      joins: false,
      select: { kind: true, course: true, programme: true, startsAt: true, signupDeadline: true, capacity: true, minParticipants: true },
    })
  ).docs as unknown as SessionDoc[]
  if (sessions.length === 0) return { nextSessions: [], atRisk: [] }

  const ids = sessions.map((session) => session.id)
  const offeringIds = (kind: 'course' | 'programme') => [
    ...new Set(sessions.filter((session) => session.kind === kind).map((session) => refId(kind === 'course' ? session.course : session.programme)).filter((id) => id !== null)),
  ]
  const titlesOf = async (collection: typeof context.slugs.courses | typeof context.slugs.programmes, offeringIds: DocId[]) => {
    if (offeringIds.length === 0) return new Map<string, string>()
    const found = await payload.find({ ...access, collection, where: { id: { in: offeringIds } }, select: { title: true } })
    return new Map((found.docs as unknown as OfferingDoc[]).map((doc) => [idKey(doc.id), doc.title]))
  }
  const [registrations, ledgers, courseTitles, programmeTitles] = await Promise.all([
    payload.find({
      ...access,
      collection: context.slugs.registrations,
      where: { and: [{ session: { in: ids } }, { status: { in: Object.keys(column) } }] },
      select: { session: true, status: true },
    }),
    payload.find({ ...access, collection: context.slugs['session-seats'], where: { session: { in: ids } }, select: { session: true, taken: true } }),
    titlesOf(context.slugs.courses, offeringIds('course')),
    titlesOf(context.slugs.programmes, offeringIds('programme')),
  ])

  const counts = new Map<string, Counted>(ids.map((id) => [idKey(id), { confirmed: 0, awaitingApproval: 0, waitlisted: 0 }]))
  for (const registration of registrations.docs as unknown as Pick<RegistrationDoc, 'session' | 'status'>[]) {
    const counted = counts.get(idKey(refId(registration.session) ?? ''))
    const key = column[registration.status as keyof typeof column]
    if (counted && key) counted[key] += 1
  }
  const taken = new Map<string, number>()
  takenFrom(ledgers.docs as unknown as SeatLedgerDoc[], taken)

  const overview = sessions.map((session): OverviewSession => {
    const kind = session.kind === 'programme' ? 'programme' : 'course'
    const offeringId = refId(kind === 'programme' ? session.programme : session.course)
    const title = offeringId === null ? undefined : (kind === 'programme' ? programmeTitles : courseTitles).get(idKey(offeringId))
    const capacity = Number(session.capacity)
    return {
      id: session.id,
      title: title ?? '',
      kind,
      startsAt: session.startsAt!,
      signupDeadline: session.signupDeadline ?? null,
      capacity,
      ...counts.get(idKey(session.id))!,
      seatsLeft: seatsLeft({ capacity, taken: taken.get(idKey(session.id)) ?? 0 }),
      minParticipants: session.minParticipants ?? null,
    }
  })
  return {
    nextSessions: overview.filter((session) => new Date(session.startsAt).getTime() < horizon.getTime()),
    atRisk: overview.filter((session) => session.minParticipants !== null && session.confirmed < session.minParticipants),
  }
}
