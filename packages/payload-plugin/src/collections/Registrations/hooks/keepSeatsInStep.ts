import { randomUUID } from 'node:crypto'
import { ValidationError, type CollectionAfterChangeHook, type CollectionAfterDeleteHook, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { refId, type DocId } from '../../../catalog/docs.js'
import { isEngineWrite } from '../../../seats/engineWrite.js'
import { promoteAndNotify } from '../../../seats/promoteAndNotify.js'
import { holdsSeat } from '../../../seats/seatStatuses.js'
import { activeKeyOf, cancelledKeyOf, newLinkToken } from '../../../seats/registrationKeys.js'
import { seatStoreIn } from '../../../seats/seatStoreFor.js'
import { loadSessionFacts } from '../../../seats/sessionFacts.js'
import type { CatalogContext } from '../../../types.js'
import { seatRuleTexts, type SeatRule } from './seatRuleTexts.js'

type RegistrationData = {
  id?: DocId
  session?: unknown
  name?: unknown
  email?: unknown
  agency?: unknown
  status?: string
  activeKey?: string
  cancelToken?: string
  idempotencyKey?: string
  waitlistPosition?: number | null
  promotedAt?: string
  cancelledAt?: string
  approvalToken?: string | null
  cancelReason?: string | null
}

function refuse(req: PayloadRequest, context: CatalogContext, path: string, rule: SeatRule): never {
  const texts = req.i18n?.language === 'en' ? seatRuleTexts.en : seatRuleTexts.nb
  throw new ValidationError({ collection: context.slugs.registrations, errors: [{ path, message: texts[rule] }], req })
}

const normalEmail = (email: unknown): string => String(email ?? '').trim().toLowerCase()

/** The facts of the session a registration points at (an id or a populated doc), or null. */
async function sessionFactsOf(req: PayloadRequest, context: CatalogContext, session: unknown) {
  const id = refId(session as DocId)
  return id === null ? null : loadSessionFacts(req.payload, context.slugs, id)
}

async function refuseTakenAddress(req: PayloadRequest, context: CatalogContext, activeKey: string, self?: DocId): Promise<void> {
  const taken = await req.payload.find({
    collection: context.slugs.registrations,
    where: { activeKey: { equals: activeKey }, ...(self === undefined ? {} : { id: { not_equals: self } }) },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    // Outside the save's transaction: a read need not join it, and two saves racing for one address
    // are still parted by the key's unique index.
  })
  if (taken.totalDocs > 0) refuse(req, context, 'email', 'alreadyRegistered')
}

/**
 * Editors may add, change and remove registrations in the admin; the seat ledger must follow, or a
 * seat is lost (a cancellation that frees nothing) or a session overbooked (a place given by hand).
 * Before a save: a new or promoted place takes a seat or is refused when the session is full, a new
 * waiting-list entry gets the next number, an address can hold one place per session, and the
 * changes the ledger cannot follow (reopening a cancellation, moving a place to another session or
 * back to the waiting list) are refused with what to do instead. Runs inside the save's transaction.
 */
export const checkSeatsBeforeChange =
  (context: CatalogContext): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, operation, req, context: requestContext }) => {
    if (isEngineWrite(requestContext)) return data
    const next = data as RegistrationData
    const before = originalDoc as RegistrationData | undefined
    const now = context.clock().toISOString()
    // Stored as the public sign-up stores it, so one address is one address whatever its case.
    if (typeof next.email === 'string') next.email = normalEmail(next.email)

    if (operation === 'create') {
      // Incomplete: the fields' own validation refuses it, and no seat may be taken for it first.
      if (!next.name || !next.agency || !/^[^\s@]+@[^\s@]+$/.test(normalEmail(next.email))) return next
      const status = next.status ?? 'confirmed'
      const session = (await sessionFactsOf(req, context, next.session)) ?? refuse(req, context, 'session', 'unknownSession')
      next.cancelToken ||= newLinkToken()
      next.idempotencyKey ||= `admin-${randomUUID()}`
      if (status === 'cancelled') {
        next.activeKey = `cancelled:${randomUUID()}`
        next.cancelledAt ||= now
        return next
      }
      next.activeKey = activeKeyOf(session.id, normalEmail(next.email))
      await refuseTakenAddress(req, context, next.activeKey)
      const store = await seatStoreIn(req, context.slugs)
      if (holdsSeat(status)) {
        if (!(await store.takeSeat(session.id, session.capacity))) refuse(req, context, 'status', 'sessionFull')
        next.waitlistPosition = null
      } else if (status === 'waitlisted') {
        next.waitlistPosition = await store.nextWaitlistNumber(session.id)
      }
      return next
    }

    if (!before) return data
    const from = before.status ?? 'confirmed'
    const to = next.status ?? from
    const sessionBefore = refId(before.session as DocId)
    if (next.session !== undefined && String(refId(next.session as DocId)) !== String(sessionBefore) && from !== 'cancelled') {
      refuse(req, context, 'session', 'moveSession')
    }
    if (from === 'cancelled' && to !== 'cancelled') refuse(req, context, 'status', 'reopenCancelled')
    if (holdsSeat(from) && to === 'waitlisted') refuse(req, context, 'status', 'backToWaitlist')

    if (to === 'cancelled') {
      if (from !== 'cancelled' && before.id !== undefined) {
        next.activeKey = cancelledKeyOf(before.id)
        next.cancelledAt = now
        // An editor ending a seat held for the leader declines it on the leader's behalf.
        if (from === 'pending-approval' && before.approvalToken) next.cancelReason = 'declined'
      }
      return next
    }
    // Still active: the one-place-per-address key follows an edited email.
    if (next.email !== undefined && normalEmail(next.email) !== normalEmail(before.email) && sessionBefore !== null) {
      next.activeKey = activeKeyOf(sessionBefore, normalEmail(next.email))
      await refuseTakenAddress(req, context, next.activeKey, before.id)
    }
    if (from === 'waitlisted' && holdsSeat(to)) {
      const session = (await sessionFactsOf(req, context, before.session)) ?? refuse(req, context, 'session', 'unknownSession')
      const store = await seatStoreIn(req, context.slugs)
      if (!(await store.takeSeat(session.id, session.capacity))) refuse(req, context, 'status', 'sessionFull')
      next.promotedAt = now
    }
    return next
  }

/** A seat an editor's cancellation or deletion frees goes to the waiting list at once, who are emailed. */
async function freeSeat(req: PayloadRequest, context: CatalogContext, session: unknown): Promise<void> {
  const facts = await sessionFactsOf(req, context, session)
  if (!facts) return
  const store = await seatStoreIn(req, context.slugs)
  await store.releaseSeat(facts.id)
  await promoteAndNotify(req, context, store, facts)
}

export const freeSeatAfterChange =
  (context: CatalogContext): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req, context: requestContext }) => {
    if (isEngineWrite(requestContext) || operation !== 'update') return doc
    if (holdsSeat(previousDoc?.status) && doc.status === 'cancelled') await freeSeat(req, context, previousDoc.session)
    return doc
  }

export const freeSeatAfterDelete =
  (context: CatalogContext): CollectionAfterDeleteHook =>
  async ({ doc, req, context: requestContext }) => {
    if (isEngineWrite(requestContext)) return doc
    if (holdsSeat(doc?.status)) await freeSeat(req, context, doc.session)
    return doc
  }
