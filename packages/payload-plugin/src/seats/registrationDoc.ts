import type { Locale, RegistrationStatus } from '@kurskatalog/contract'
import type { CancelReason } from './cancelReasons.js'
import type { Payload, Where } from 'payload'
import { refId, type DocId, type Ref, type SessionDoc } from '../catalog/docs.js'
import type { CatalogSlugs } from '../types.js'

/** A registration as stored (depth 0). Personal data: never leaves the engine except in the person's own emails. */
export interface RegistrationDoc {
  id: DocId
  session: Ref<SessionDoc>
  name: string
  email: string
  agency: string
  role?: string | null
  answers?: Record<string, string | boolean> | null
  status: RegistrationStatus
  waitlistPosition?: number | null
  locale?: Locale | null
  cancelToken?: string | null
  /** The leader who approves, on a course that needs the manager's approval. */
  leaderEmail?: string | null
  approvalToken?: string | null
  approvalHoldUntil?: string | null
  cancelReason?: CancelReason | null
  idempotencyKey?: string | null
  activeKey?: string | null
  promotedAt?: string | null
  /** When the certificate was queued to the participant (set once, by the plugin). */
  certificateSentAt?: string | null
  anonymisedAt?: string | null
  createdAt: string
}

/** The one registration matching `where`, read past access control (the engine is the only caller). */
export async function findRegistration(payload: Payload, slugs: CatalogSlugs, where: Where): Promise<RegistrationDoc | null> {
  const found = await payload.find({ collection: slugs.registrations, where, depth: 0, limit: 1, pagination: false, overrideAccess: true, joins: false })
  return (found.docs[0] as unknown as RegistrationDoc | undefined) ?? null
}

/**
 * A waitlisted person's place in line now: their number, less everyone with a lower number who has
 * left the list (promoted or cancelled). Never lower than the truth; a number given out to a sign-up
 * that then failed leaves a gap that makes it at most one too high per gap.
 */
export async function waitlistPlace(payload: Payload, slugs: CatalogSlugs, registration: RegistrationDoc): Promise<number | null> {
  if (registration.status !== 'waitlisted' || !registration.waitlistPosition) return null
  const ahead = Number(registration.waitlistPosition)
  const left = await payload.count({
    collection: slugs.registrations,
    where: {
      and: [
        { session: { equals: refId(registration.session) } },
        { waitlistPosition: { less_than: ahead } },
        { status: { not_equals: 'waitlisted' } },
      ],
    },
    overrideAccess: true,
  })
  return ahead - left.totalDocs
}
