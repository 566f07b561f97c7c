import { reminderLimits } from '@kurskatalog/contract'
import type { PayloadRequest, Where } from 'payload'
import type { MeetingRow, SessionDoc } from '../catalog/docs.js'
import type { CatalogContext, ReminderOptions } from '../types.js'
import { reminderDueAt } from './reminderDueAt.js'

/** A meeting whose reminder is due: its due moment has come, and it has not started. */
export interface DueMeeting {
  session: SessionDoc
  meeting: MeetingRow & { id: string }
  dueAt: Date
}

const dayMs = 24 * 60 * 60 * 1000

/**
 * The meetings to remind of at `now`: the first meeting of a course's session, each gathering of a
 * programme's, on open sessions whose days before (their own, else `options.daysBefore`; 0: none) have
 * come. The query is bounded by that window — sessions with a meeting starting from now to the days
 * before ahead (a day more: a clock change moves a due time by an hour) — not a scan of every session.
 * A meeting that has started is never due, so neither is anything a run missed while no instance ran.
 */
export async function dueMeetings(req: PayloadRequest, context: CatalogContext, options: ReminderOptions, now: Date): Promise<DueMeeting[]> {
  const startsWithin = (days: number): Where[] => [
    { 'meetings.startsAt': { greater_than: now.toISOString() } },
    { 'meetings.startsAt': { less_than_equal: new Date(now.getTime() + (days + 1) * dayMs).toISOString() } },
  ]
  const windows: Where[] = [{ and: [{ reminderDays: { greater_than: 0 } }, ...startsWithin(reminderLimits.maxDaysBefore)] }]
  // Never set, or cleared by an editor (null: on MongoDB `exists: false` alone misses it).
  const defaultDays: Where = { or: [{ reminderDays: { exists: false } }, { reminderDays: { equals: null } }] }
  if (options.daysBefore > 0) windows.push({ and: [defaultDays, ...startsWithin(options.daysBefore)] })
  const found = await req.payload.find({
    collection: context.slugs.sessions,
    where: { and: [{ status: { equals: 'open' } }, { or: windows }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    joins: false,
    req,
  })
  return (found.docs as unknown as SessionDoc[]).flatMap((session) => {
    const days = typeof session.reminderDays === 'number' ? session.reminderDays : options.daysBefore
    if (days <= 0) return []
    const meetings = [...(session.meetings ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    const reminded = session.kind === 'programme' ? meetings : meetings.slice(0, 1)
    return reminded.flatMap((meeting) => {
      const startsAt = new Date(meeting.startsAt)
      const dueAt = reminderDueAt(startsAt, days)
      if (!meeting.id || startsAt <= now || dueAt > now) return []
      return [{ session, meeting: { ...meeting, id: meeting.id }, dueAt }]
    })
  })
}
