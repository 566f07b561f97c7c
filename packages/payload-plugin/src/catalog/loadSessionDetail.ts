import type { SessionDetail } from '@kurskatalog/contract'
import type { Payload, PayloadRequest } from 'payload'
import type { CatalogSlugs } from '../types.js'
import { idKey, refId, type OfferingDoc, type SessionDoc } from './docs.js'
import { findSessionDoc } from './findSessionDoc.js'
import { summariseStoredSessions } from './sessions.js'
import { toStoredId } from './storedId.js'
import { toSignupQuestions } from './toOffering.js'

export interface LoadedSession {
  detail: SessionDetail
  /** The stored documents, for callers that need more than the public shape (the sign-up endpoint). */
  session: SessionDoc
  offering: OfferingDoc
}

/**
 * One session with what a standalone sign-up form needs, or null when the id is unknown, malformed,
 * or the session's offering is not published. Four queries.
 */
export async function loadSession(
  payload: Payload,
  slugs: CatalogSlugs,
  rawId: string,
  { now = new Date(), req }: { now?: Date; req?: PayloadRequest } = {},
): Promise<LoadedSession | null> {
  const id = toStoredId(payload, slugs.sessions, rawId)
  if (id === null) return null
  const session = await findSessionDoc(payload, slugs, id, req)
  if (!session) return null
  const offeringId = refId(session.kind === 'programme' ? session.programme : session.course)
  if (offeringId === null) return null
  const offerings = await payload.find({
    collection: session.kind === 'programme' ? slugs.programmes : slugs.courses,
    where: { and: [{ id: { equals: offeringId } }, { _status: { equals: 'published' } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const offering = offerings.docs[0] as unknown as OfferingDoc | undefined
  if (!offering) return null
  const summary = (await summariseStoredSessions(payload, slugs, [session], now, req)).get(idKey(session.id))
  if (!summary) return null
  return {
    session,
    offering,
    detail: {
      ...summary,
      offering: {
        kind: session.kind,
        slug: offering.slug ?? idKey(offering.id),
        title: offering.title,
        questions: toSignupQuestions(offering.questions),
        managerApproval: Boolean(offering.managerApproval),
      },
    },
  }
}

/** The public SessionDetail of a session, or null (see `loadSession`). */
export async function loadSessionDetail(
  payload: Payload,
  slugs: CatalogSlugs,
  rawId: string,
  options: { now?: Date; req?: PayloadRequest } = {},
): Promise<SessionDetail | null> {
  return (await loadSession(payload, slugs, rawId, options))?.detail ?? null
}
