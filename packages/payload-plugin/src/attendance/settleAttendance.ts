import type { PayloadRequest, Where } from 'payload'
import type { DocId, SessionDoc } from '../catalog/docs.js'
import { forDatabase } from '../database/forDatabase.js'
import { inTransaction } from '../database/transaction.js'
import type { RegistrationDoc } from '../seats/registrationDoc.js'
import { loadSessionFacts, type SessionFacts } from '../seats/sessionFacts.js'
import type { AttendanceOptions, CatalogContext } from '../types.js'
import { loadAttendanceMarks, type AttendanceMarks } from './attendanceMarks.js'
import { attendanceTaken, completionOf, markableMeetingIds } from './completion.js'

const dayMs = 24 * 60 * 60 * 1000
// A run's share; whatever is left is the next run's.
const batchSize = 20
// Sessions that ended longer ago than the wait and this many days more are no longer looked at.
const lookbackDays = 30

/** Whether a session's attendance is ready to turn into statuses: taken at every gathering, or at some and the wait is over. */
function readyToSettle(session: SessionFacts, marks: AttendanceMarks, endedAt: Date, now: Date, options: AttendanceOptions): boolean {
  if (!attendanceTaken(marks)) return false
  const everyGathering = markableMeetingIds(session).every((meeting) => [...marks.values()].some((person) => person.has(meeting)))
  return everyGathering || now.getTime() - endedAt.getTime() >= options.waitDays * dayMs
}

/**
 * Claims a session's settlement by one conditional write of its `attendanceSettledAt` (only if not yet set),
 * in the transaction `req` is in: a second runner finds it set and does nothing.
 */
async function claimSettlement(req: PayloadRequest, context: CatalogContext, session: DocId, now: Date): Promise<boolean> {
  const where: Where = { and: [{ id: { equals: session } }, { attendanceSettledAt: { exists: false } }] }
  const options = forDatabase(req.payload, 'the attendance settlement', { sqlite: () => ({ atomic: true }), mongoose: () => ({}) })
  const claimed = await req.payload.db.updateOne({ collection: context.slugs.sessions, where, data: { attendanceSettledAt: now.toISOString() }, options, req })
  return claimed !== null && claimed !== undefined
}

/**
 * Turns one ended session's attendance into statuses, once: in one transaction it claims the session, then
 * sets each registration still `confirmed` to `attended` when it completed by the session's rule, else to
 * `no-show`, through Payload's update (so every registration hook runs; no seat moves, both statuses hold
 * theirs). Any other status — one an editor set by hand, before or after — is left as it is. The number turned.
 */
async function settleSession(req: PayloadRequest, context: CatalogContext, session: SessionFacts, now: Date): Promise<number> {
  return inTransaction(req.payload, async (inside) => {
    if (!(await claimSettlement(inside, context, session.id, now))) return 0
    const marks = await loadAttendanceMarks(inside, context, session.id, markableMeetingIds(session))
    const confirmed = await inside.payload.find({
      collection: context.slugs.registrations,
      where: { and: [{ session: { equals: session.id } }, { status: { equals: 'confirmed' } }] },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      joins: false,
      req: inside,
    })
    for (const registration of confirmed.docs as unknown as RegistrationDoc[]) {
      const status = completionOf(session, marks, registration) ? 'attended' : 'no-show'
      await inside.payload.update({ collection: context.slugs.registrations, id: registration.id, data: { status }, depth: 0, overrideAccess: true, req: inside })
    }
    return confirmed.docs.length
  })
}

/**
 * After a session's last gathering has ended, its confirmed registrations become `attended` (completed by
 * attendance and the rule) or `no-show` — once per session (`attendanceSettledAt`), so an editor's later
 * correction stays. A session where attendance was taken at every gathering is settled by the first run after
 * its end; one where some gathering has no marks waits `waitDays` for the editor to catch up, then counts an
 * unmarked gathering as not attended. A session where nobody was marked at all is left as it is: the editors
 * did not take attendance, and its registrations keep their status. Cancelled sessions are never settled.
 */
export async function settleAttendance(req: PayloadRequest, context: CatalogContext, now: Date): Promise<{ sessions: number; registrations: number }> {
  const { payload } = req
  const options = context.attendance
  const found = await payload.find({
    collection: context.slugs.sessions,
    where: {
      and: [
        { status: { equals: 'open' } },
        { endsAt: { less_than_equal: now.toISOString() } },
        { endsAt: { greater_than: new Date(now.getTime() - (options.waitDays + lookbackDays) * dayMs).toISOString() } },
        { attendanceSettledAt: { exists: false } },
      ],
    },
    sort: 'endsAt',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    joins: false,
  })
  const report = { sessions: 0, registrations: 0 }
  for (const doc of found.docs as unknown as SessionDoc[]) {
    if (report.sessions >= batchSize) break
    const session = await loadSessionFacts(payload, context.slugs, doc.id)
    if (!session || !doc.endsAt) continue
    const marks = await loadAttendanceMarks(req, context, session.id, markableMeetingIds(session))
    if (!readyToSettle(session, marks, new Date(doc.endsAt), now, context.attendance)) continue
    report.registrations += await settleSession(req, context, session, now)
    report.sessions++
  }
  return report
}
