import type { PayloadRequest } from 'payload'
import { engineWrite } from '../seats/engineWrite.js'
import type { RegistrationDoc } from '../seats/registrationDoc.js'
import type { SessionFacts } from '../seats/sessionFacts.js'
import { newLinkToken } from '../seats/registrationKeys.js'
import type { CatalogContext } from '../types.js'
import { approvalHoldEnd } from './approvalHoldEnd.js'

/** What a seat held for a leader carries: the token of the leader's links (random like the cancel token) and when the hold ends. */
export interface LeaderHold {
  approvalToken: string
  approvalHoldUntil: string
}

/** A fresh hold from `now`, or null when the leader is not asked (no manager approval, or no leader named). */
export function leaderHoldFor(context: CatalogContext, session: SessionFacts, leaderEmail: string | null | undefined, now: Date): LeaderHold | null {
  if (!session.managerApproval || !leaderEmail) return null
  return { approvalToken: newLinkToken(), approvalHoldUntil: approvalHoldEnd(now, context.approval.holdWorkingDays, session).toISOString() }
}

/**
 * Gives a person just moved up from the waiting list to a held seat a fresh hold, in `req`'s
 * transaction; the registration as it now stands, or as it was when no leader is asked.
 */
export async function holdForLeader(req: PayloadRequest, context: CatalogContext, session: SessionFacts, registration: RegistrationDoc): Promise<RegistrationDoc> {
  const hold = registration.status === 'pending-approval' ? leaderHoldFor(context, session, registration.leaderEmail, context.clock()) : null
  if (!hold) return registration
  await req.payload.update({
    collection: context.slugs.registrations,
    id: registration.id,
    data: hold,
    depth: 0,
    overrideAccess: true,
    context: engineWrite(),
    req,
  })
  return { ...registration, ...hold }
}
