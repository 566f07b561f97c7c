import type { RegistrationStatus } from '@kurskatalog/contract'
import type { Payload, PayloadRequest } from 'payload'
import { relationTo, type DocId } from '../catalog/docs.js'
import { inWriteTurn } from '../database/sqliteWriteTurns.js'
import { inTransaction } from '../database/transaction.js'
import { mailerFor } from '../email/mailer.js'
import { enqueueEmail } from '../email/outbox/enqueueEmail.js'
import type { Mailer } from '../email/registrationEmails.js'
import { reminderEmail, type RemindedMeeting } from '../email/reminderEmail.js'
import type { OutgoingEmail } from '../email/outbox/outgoingEmail.js'
import type { RegistrationDoc } from '../seats/registrationDoc.js'
import { loadSessionFacts } from '../seats/sessionFacts.js'
import type { CatalogContext } from '../types.js'
import { dueMeetings, type DueMeeting } from './dueMeetings.js'

/**
 * Who is reminded: everyone holding a place that is theirs. Not the cancelled, not the waiting list, and
 * not a place still pending approval (it may never be theirs). Attended and no-show stay: in a programme
 * they are marked after an early gathering and the person is still in the cohort.
 */
export const remindedStatuses: readonly RegistrationStatus[] = ['confirmed', 'attended', 'no-show']

export interface ReminderRun {
  sent: number
  failed: number
}

const pageSize = 100

/** One reminder's identity: this registration, this meeting, at this start. A moved meeting is a new reminder. */
export const reminderKey = (registration: DocId, meeting: string, startsAt: Date): string => `${registration}:${meeting}:${startsAt.toISOString()}`

/**
 * The emails one reminder sends, all claimed and queued together: the participant's own. A copy to one
 * more address (the participant's leader) is one more entry here, `reminderEmail(…, { to: 'copy', email })`.
 */
export const reminderEmails = (mailer: Mailer, meeting: RemindedMeeting, registration: RegistrationDoc): OutgoingEmail[] => [
  reminderEmail(mailer, meeting, registration),
  // A leader who was asked to approve the place gets a copy of each reminder, as of the confirmation.
  ...(registration.leaderEmail ? [reminderEmail(mailer, meeting, registration, { to: 'copy', email: registration.leaderEmail })] : []),
]

/** A person placed (signed up, or moved up) after the due moment had their confirmation then, with this time in it. */
function toldAlready(registration: RegistrationDoc, due: DueMeeting): boolean {
  const placedAt = Math.max(Date.parse(registration.createdAt), registration.promotedAt ? Date.parse(registration.promotedAt) : 0)
  // A session changed since (a meeting moved, perhaps) may no longer say what that confirmation said.
  return placedAt > due.dueAt.getTime() && placedAt > Date.parse(due.session.updatedAt)
}

// A claim still `claimed` this long after was made by a runner that died before queuing its email.
const abandonedClaimMs = 15 * 60 * 1000

/** A claim this runner made but did not queue (the person left, or the queuing failed): given back for a later run. */
const releaseClaim = async (payload: Payload, context: CatalogContext, claim: DocId): Promise<void> => {
  await payload.delete({ collection: context.slugs.reminders, where: { and: [{ id: { equals: claim } }, { status: { equals: 'claimed' } }] }, overrideAccess: true })
}

/**
 * Claims one reminder, then queues its emails. The claim is the insert of the reminder's row with its
 * unique key, committed on its own, so of two runners (two instances, or a run and the same run after a restart)
 * one writes it and the other is refused. The transaction that queues the emails turns the claim
 * `queued`, so the claim and the emails commit together; the registration is read again in it, so a person
 * who cancelled a moment ago is not reminded. A claim given up (or left by a runner that died: see
 * `releaseAbandonedClaims`) is deleted, and a later run tries again while the meeting has not started.
 */
async function remind(payload: Payload, context: CatalogContext, mailer: Mailer, due: DueMeeting, meeting: RemindedMeeting, registration: DocId, key: string): Promise<boolean> {
  let claim: DocId
  try {
    // One insert, committed on its own: atomic on both databases, and on SQLite in its turn among this process's transactions.
    const row = await inWriteTurn(payload, () => payload.create({
      collection: context.slugs.reminders,
      data: {
        key,
        registration: relationTo(registration),
        session: relationTo(due.session.id),
        meeting: due.meeting.id,
        meetingStartsAt: due.meeting.startsAt,
        dueAt: due.dueAt.toISOString(),
        status: 'claimed',
        claimedAt: new Date().toISOString(),
      },
      depth: 0,
      overrideAccess: true,
      disableTransaction: true,
    }))
    claim = row.id
  } catch (error) {
    // The unique key was taken: another runner has this reminder (whatever error the database gave for it).
    const taken = await payload.count({ collection: context.slugs.reminders, where: { key: { equals: key } }, overrideAccess: true })
    if (taken.totalDocs > 0) return false
    throw error
  }
  try {
    const queued = await inTransaction(payload, async (req) => {
      const found = await payload.find({ collection: context.slugs.registrations, where: { id: { equals: registration } }, depth: 0, limit: 1, overrideAccess: true, joins: false, req })
      const current = found.docs[0] as unknown as RegistrationDoc | undefined
      if (!current || !remindedStatuses.includes(current.status)) return false
      await payload.update({ collection: context.slugs.reminders, id: claim, data: { status: 'queued' }, depth: 0, overrideAccess: true, req })
      for (const email of reminderEmails(mailer, meeting, current)) await enqueueEmail(req, context, mailer, email)
      return true
    })
    if (!queued) await releaseClaim(payload, context, claim)
    return queued
  } catch (error) {
    await releaseClaim(payload, context, claim).catch(() => undefined)
    throw error
  }
}

/** Deletes the claims on a meeting left `claimed` by a runner that died between its claim and its transaction. */
async function releaseAbandonedClaims(payload: Payload, context: CatalogContext, meeting: string): Promise<void> {
  const before = new Date(Date.now() - abandonedClaimMs).toISOString()
  await payload.delete({
    collection: context.slugs.reminders,
    where: { and: [{ meeting: { equals: meeting } }, { status: { equals: 'claimed' } }, { claimedAt: { less_than: before } }] },
    overrideAccess: true,
  })
}

/** Reminds the registrations of one due meeting, page by page, skipping those reminded of it already. */
async function remindOfMeeting(req: PayloadRequest, context: CatalogContext, mailer: Mailer, due: DueMeeting, run: ReminderRun): Promise<void> {
  const { payload } = req
  const session = await loadSessionFacts(payload, context.slugs, due.session.id)
  const index = session?.meetings.findIndex((meeting) => meeting.id === due.meeting.id) ?? -1
  if (!session || index < 0) return
  await releaseAbandonedClaims(payload, context, due.meeting.id)
  const startsAt = new Date(due.meeting.startsAt)
  // Page by id from the last one seen: a cancellation meanwhile cannot shift anyone out of the next page.
  for (let after: DocId | null = null; ; ) {
    const found = await payload.find({
      collection: context.slugs.registrations,
      where: {
        and: [
          { session: { equals: due.session.id } },
          { status: { in: [...remindedStatuses] } },
          ...(after === null ? [] : [{ id: { greater_than: after } }]),
        ],
      },
      sort: 'id',
      limit: pageSize,
      depth: 0,
      overrideAccess: true,
      joins: false,
      req,
    })
    const registrations = found.docs as unknown as RegistrationDoc[]
    if (registrations.length === 0) break
    const earlier = await payload.find({
      collection: context.slugs.reminders,
      where: { and: [{ meeting: { equals: due.meeting.id } }, { registration: { in: registrations.map((registration) => registration.id) } }] },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const keys = new Set(earlier.docs.map((doc) => String((doc as { key?: unknown }).key)))
    const remindedBefore = new Set(earlier.docs.map((doc) => String((doc as { registration?: unknown }).registration)))
    for (const registration of registrations) {
      const key = reminderKey(registration.id, due.meeting.id, startsAt)
      if (keys.has(key)) continue
      // Reminded before of this meeting, at another time: it moved since.
      const moved = remindedBefore.has(String(registration.id))
      if (!moved && toldAlready(registration, due)) continue
      try {
        if (await remind(payload, context, mailer, due, { session, index, moved }, registration.id, key)) run.sent++
      } catch (error) {
        run.failed++
        payload.logger.error({ err: error, msg: `kurskatalog: could not remind registration ${registration.id} of session ${due.session.id}` })
      }
    }
    if (registrations.length < pageSize) break
    after = registrations[registrations.length - 1]!.id
  }
}

/**
 * Sends every reminder due at `now` (see `dueMeetings`) that was not sent before. Safe at any moment and
 * on several instances at once: each reminder is claimed by its unique key in the transaction that
 * queues its email. One that failed is left for the next run, while its meeting has not started.
 */
export async function sendDueReminders(req: PayloadRequest, context: CatalogContext, now: Date): Promise<ReminderRun> {
  const run: ReminderRun = { sent: 0, failed: 0 }
  if (context.disabled || context.reminders === false) return run
  const mailer = mailerFor(req, context)
  for (const due of await dueMeetings(req, context, context.reminders, now)) await remindOfMeeting(req, context, mailer, due, run)
  return run
}
