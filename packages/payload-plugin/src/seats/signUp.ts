import { setTimeout as pause } from 'node:timers/promises'
import type { ErrorCode, FieldErrors, SignupResult, ValidSignup } from '@kurskatalog/contract'
import type { Payload, PayloadRequest } from 'payload'
import { inTransaction } from '../database/transaction.js'
import { signupClosed } from '../catalog/seatStatus.js'
import { refId, relationTo, type DocId } from '../catalog/docs.js'
import type { CatalogSlugs } from '../types.js'
import { engineWrite } from './engineWrite.js'
import { promoteFromWaitlist } from './promoteFromWaitlist.js'
import { findRegistration, waitlistPlace, type RegistrationDoc } from './registrationDoc.js'
import { activeKeyOf, newLinkToken } from './registrationKeys.js'
import { seatGrantStatus } from './seatStatuses.js'
import { seatStoreFor } from './seatStoreFor.js'
import type { SessionFacts } from './sessionFacts.js'
import type { LeaderHold } from '../approval/holdForLeader.js'

export interface SignupSource {
  origin: string | null
}

/**
 * Work to do in the new registration's own transaction (its emails), so both are stored or neither;
 * `waitlistPlace` is its place in line (null with a seat), counted once for the email and the answer.
 */
export type WithNewRegistration = (req: PayloadRequest, registration: RegistrationDoc, waitlistPlace: number | null) => Promise<void>

export type SignupOutcome =
  | {
      ok: true
      result: SignupResult
      registration: RegistrationDoc
      /** False when this answers a retry of an earlier sign-up (same idempotency key): nothing new happened. */
      created: boolean
      /** Who moved up from the waiting list while this sign-up was stored (this one too, maybe); they are to be emailed. */
      promoted: DocId[]
    }
  | { ok: false; code: ErrorCode; fields?: FieldErrors }


async function answerFor(
  payload: Payload,
  slugs: CatalogSlugs,
  session: SessionFacts,
  registration: RegistrationDoc,
  place?: number | null,
): Promise<SignupResult | null> {
  if (registration.status !== 'confirmed' && registration.status !== 'waitlisted' && registration.status !== 'pending-approval') return null
  return {
    status: registration.status,
    waitlistPosition: place !== undefined ? place : await waitlistPlace(payload, slugs, registration),
    sessionId: String(session.id),
    offeringTitle: session.offering.title,
    startsAt: session.startsAt ?? session.meetings[0]?.startsAt ?? '',
    email: registration.email,
  }
}

/** The answer to a retried sign-up: the first one's result as it stands now, or why it cannot be repeated. */
async function replay(
  payload: Payload,
  slugs: CatalogSlugs,
  session: SessionFacts,
  signup: ValidSignup,
  existing: RegistrationDoc,
): Promise<SignupOutcome> {
  const sameSession = String(refId(existing.session)) === String(session.id)
  // A key reused for another sign-up is a client bug; answering the first result would mislead it.
  if (!sameSession || existing.email !== signup.email) return { ok: false, code: 'idempotency-key-reused' }
  const result = await answerFor(payload, slugs, session, existing)
  if (!result) return { ok: false, code: 'already-cancelled' }
  return { ok: true, result, registration: existing, created: false, promoted: [] }
}

/**
 * Signs a person up for a session: a seat if one is free, else a waiting-list number, else a refusal.
 * Seats are taken by one conditional atomic update in the database (see SeatStore), so concurrent
 * sign-ups on any number of app instances can never overbook. The registration is stored together with
 * what `withNew` writes (its email) in one transaction; the seat taken before it stands alone, and a
 * crash between the two is put right by the seat recount. The input is already validated. On a course
 * the manager must approve, a seat comes with `leaderHold` (the leader's token and the hold's end).
 */
// How long a refused sign-up looks for the one that beat it: longer than any sign-up's transaction.
const twinLooks = 40
const twinLookMs = 25

export async function signUp(
  payload: Payload,
  slugs: CatalogSlugs,
  session: SessionFacts,
  signup: ValidSignup,
  source: SignupSource,
  withNew: WithNewRegistration,
  now = new Date(),
  leaderHold: LeaderHold | null = null,
): Promise<SignupOutcome> {
  const earlier = await findRegistration(payload, slugs, { idempotencyKey: { equals: signup.idempotencyKey } })
  if (earlier) return replay(payload, slugs, session, signup, earlier)

  if (session.status === 'cancelled') return { ok: false, code: 'session-cancelled' }
  if (signupClosed(session, now)) return { ok: false, code: 'deadline-passed' }

  const activeKey = activeKeyOf(session.id, signup.email)
  if (await findRegistration(payload, slugs, { activeKey: { equals: activeKey } })) return { ok: false, code: 'already-registered' }

  const store = seatStoreFor(payload, slugs)
  const tookSeat = await store.takeSeat(session.id, session.capacity)
  if (!tookSeat && !session.waitlistEnabled) return { ok: false, code: 'session-full' }
  const waitlistNumber = tookSeat ? null : await store.nextWaitlistNumber(session.id)

  // Generated here, so this attempt can recognise its own row whatever happens below.
  const cancelToken = newLinkToken()
  let registration: RegistrationDoc
  let place: number | null | undefined
  try {
    registration = await inTransaction(payload, async (req) => {
      const created = (await payload.create({
        collection: slugs.registrations,
        data: {
          session: relationTo(session.id),
          name: signup.name,
          email: signup.email,
          agency: signup.agency,
          role: signup.role || undefined,
          leaderEmail: session.managerApproval ? signup.leaderEmail : undefined,
          answers: signup.answers,
          status: tookSeat ? seatGrantStatus(session) : 'waitlisted',
          // A seat held for the leader's answer; from the waiting list the hold starts when the seat comes.
          ...(tookSeat && leaderHold ? leaderHold : {}),
          waitlistPosition: waitlistNumber,
          locale: signup.locale,
          sourceOrigin: source.origin ?? undefined,
          sourceUrl: signup.sourceUrl || undefined,
          cancelToken,
          idempotencyKey: signup.idempotencyKey,
          activeKey,
        },
        depth: 0,
        overrideAccess: true,
        context: engineWrite(),
        req,
      })) as unknown as RegistrationDoc
      place = await waitlistPlace(payload, slugs, created)
      await withNew(req, created, place)
      return created
    })
  } catch (error) {
    // The create may have failed after the row was written (e.g. a busy database on the read-back):
    // then the sign-up stands and its seat must not be given back.
    const mine = await findRegistration(payload, slugs, { cancelToken: { equals: cancelToken } })
    if (mine) {
      payload.logger.warn({ err: error, msg: 'kurskatalog: a registration was stored although its create reported an error' })
      registration = mine
    } else {
      // A unique key refused it: the same submit raced itself, or the same address signed up meanwhile.
      if (tookSeat) await store.releaseSeat(session.id)
      // The row that won may still be in its own transaction (MongoDB refuses a clashing insert before
      // the other commits): look again for a moment before calling it a failure.
      for (let look = 0; look < twinLooks; look++) {
        const twin = await findRegistration(payload, slugs, { idempotencyKey: { equals: signup.idempotencyKey } })
        if (twin) return replay(payload, slugs, session, signup, twin)
        if (await findRegistration(payload, slugs, { activeKey: { equals: activeKey } })) return { ok: false, code: 'already-registered' }
        await pause(twinLookMs)
      }
      throw error
    }
  }

  let promoted: DocId[] = []
  if (!tookSeat) {
    promoted = await promoteFromWaitlist(store, session, now)
    // A seat freed meanwhile may have gone to this very sign-up: it answers with its seat, and is sent
    // the promotion email after its waiting-list one (already queued with the registration).
    if (promoted.some((id) => String(id) === String(registration.id))) {
      registration = (await findRegistration(payload, slugs, { id: { equals: registration.id } })) ?? registration
      place = undefined
    }
  }
  const result = await answerFor(payload, slugs, session, registration, place)
  if (!result) throw new Error('kurskatalog: a new registration has no active status')
  return { ok: true, result, registration, created: true, promoted }
}

