import { hasCompleted } from '@kurskatalog/contract'
import { idKey, type DocId } from '../catalog/docs.js'
import type { SessionFacts } from '../seats/sessionFacts.js'
import type { AttendanceMarks } from './attendanceMarks.js'
import { isOnAttendanceList } from './attendanceList.js'

/** The session's meetings that can be marked: those with a row id (every stored meeting has one). */
export const markableMeetingIds = (session: Pick<SessionFacts, 'meetings'>): string[] =>
  session.meetings.map((meeting) => meeting.id).filter((id): id is string => typeof id === 'string' && id.length > 0)

/** Whether anyone has been marked at any gathering of the session: until then, attendance was not taken. */
export const attendanceTaken = (marks: AttendanceMarks): boolean => [...marks.values()].some((person) => person.size > 0)

/** The gatherings a registration was marked present at. */
export const presentCount = (marks: AttendanceMarks, registration: DocId): number =>
  [...(marks.get(idKey(registration))?.values() ?? [])].filter(Boolean).length

/**
 * Whether a registration has completed the session by its attendance and the session's rule: null for
 * someone not on the attendance list (waiting list, pending, cancelled) and for everyone while nobody has
 * been marked at all (attendance not taken); an unmarked gathering counts as not attended.
 */
export function completionOf(
  session: Pick<SessionFacts, 'meetings' | 'completionMinimum'>,
  marks: AttendanceMarks,
  registration: { id: DocId; status: unknown },
): boolean | null {
  if (!isOnAttendanceList(registration.status) || !attendanceTaken(marks)) return null
  return hasCompleted(presentCount(marks, registration.id), session.completionMinimum, markableMeetingIds(session).length)
}
