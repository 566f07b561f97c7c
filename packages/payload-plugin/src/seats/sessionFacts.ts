import { needsLeaderEmail, type Locale, type SignupQuestion } from '@kurskatalog/contract'
import type { Payload } from 'payload'
import { refId, type DocId, type LocationDoc, type OfferingDoc } from '../catalog/docs.js'
import { findSessionDoc } from '../catalog/findSessionDoc.js'
import { toStoredId } from '../catalog/storedId.js'
import { toSignupQuestions } from '../catalog/toOffering.js'
import type { CatalogSlugs } from '../types.js'

export interface MeetingFacts {
  /** The meeting's row id in the session, which stays when its time changes (reminders are kept by it). */
  id?: string | null
  startsAt: string
  endsAt: string
  placeName: string | null
  address: string | null
  onlineUrl: string | null
}

/** What the registration engine and its emails need to know about a session, read once. */
export interface SessionFacts {
  id: DocId
  capacity: number
  status: 'open' | 'cancelled'
  waitlistEnabled: boolean
  signupDeadline: string | null
  startsAt: string | null
  endsAt: string | null
  language: Locale
  /** The completion rule: present at at least this many meetings; null: all of them. */
  completionMinimum?: number | null
  /** Manager approval (course) or admission by application (programme): a seat is held, pending approval. */
  needsApproval: boolean
  /** A course the manager must approve (`needsLeaderEmail`): the sign-up names the leader, who is asked by email while the seat is held. */
  managerApproval: boolean
  offering: { kind: 'course' | 'programme'; title: string; slug: string | null; published: boolean; questions: SignupQuestion[]; certificate: boolean }
  meetings: MeetingFacts[]
}

/**
 * A session with its offering and places, or null when the id is malformed or unknown.
 * Unpublished offerings are returned too (flagged): a cancellation must work whatever the editors did since.
 */
export async function loadSessionFacts(payload: Payload, slugs: CatalogSlugs, rawId: DocId): Promise<SessionFacts | null> {
  const id = typeof rawId === 'number' ? rawId : toStoredId(payload, slugs.sessions, rawId)
  if (id === null) return null
  const session = await findSessionDoc(payload, slugs, id)
  if (!session) return null
  const kind = session.kind === 'programme' ? 'programme' : 'course'
  const offeringId = refId(kind === 'programme' ? session.programme : session.course)
  const offering =
    offeringId === null
      ? undefined
      : ((
          await payload.find({
            collection: kind === 'programme' ? slugs.programmes : slugs.courses,
            where: { id: { equals: offeringId } },
            depth: 0,
            limit: 1,
            pagination: false,
            overrideAccess: true,
          })
        ).docs[0] as unknown as OfferingDoc | undefined)
  if (!offering) return null
  const locationIds = [...new Set((session.meetings ?? []).map((meeting) => refId(meeting.location)).filter((ref) => ref !== null))]
  const locations = new Map<string, LocationDoc>()
  if (locationIds.length > 0) {
    const found = await payload.find({
      collection: slugs.locations,
      where: { id: { in: locationIds } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const doc of found.docs as unknown as LocationDoc[]) locations.set(String(doc.id), doc)
  }
  return {
    id: session.id,
    capacity: Number(session.capacity),
    status: session.status === 'cancelled' ? 'cancelled' : 'open',
    waitlistEnabled: session.waitlistEnabled !== false,
    signupDeadline: session.signupDeadline ?? null,
    startsAt: session.startsAt ?? null,
    endsAt: session.endsAt ?? null,
    language: session.language ?? 'nb',
    completionMinimum: typeof session.completionMinimum === 'number' ? session.completionMinimum : null,
    needsApproval: Boolean(offering.managerApproval) || (kind === 'programme' && offering.byApplication !== false),
    managerApproval: needsLeaderEmail({ kind, managerApproval: Boolean(offering.managerApproval) }),
    offering: {
      kind,
      title: offering.title,
      slug: offering.slug ?? null,
      published: offering._status !== 'draft',
      questions: toSignupQuestions(offering.questions),
      certificate: offering.certificate === true,
    },
    meetings: [...(session.meetings ?? [])]
      .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
      .map((meeting) => {
        const location = locations.get(String(refId(meeting.location)))
        return {
          id: meeting.id ?? null,
          startsAt: meeting.startsAt,
          endsAt: meeting.endsAt,
          placeName: location?.name ?? null,
          address: location?.address ?? null,
          onlineUrl: meeting.onlineUrl || null,
        }
      }),
  }
}
