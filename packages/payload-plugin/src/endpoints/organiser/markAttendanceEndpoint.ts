import type { Endpoint } from 'payload'
import { isOnAttendanceList } from '../../attendance/attendanceList.js'
import { markAttendance, type AttendanceMark } from '../../attendance/markAttendance.js'
import { idKey } from '../../catalog/docs.js'
import { readBody } from '../../guard/readBody.js'
import { adminRefusal } from '../../http/adminRefusal.js'
import { loadSessionRoster } from '../../organiser/sessionRoster.js'
import { organiserTexts } from '../../organiser/texts.js'
import type { CatalogContext } from '../../types.js'
import { meetingAttendanceAnswer } from './meetingAttendanceAnswer.js'
import { meetingAttendancePath } from './meetingAttendanceEndpoint.js'
import { openMeetingRequest } from './openMeetingRequest.js'

/** The most marks one request takes; the admin's screen sends a larger session in parts. */
export const maxMarksPerRequest = 500
// About 60 bytes a mark with MongoDB's ids, with room for white space.
const maxBodyBytes = 64 * 1024

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype

const statusOf = { 'unsupported-media-type': 415, 'payload-too-large': 413, 'invalid-json': 400 } as const

/** The marks a body holds, or null when it is not `{ marks: [{ registration, present }, …] }` with each registration once. */
function marksOf(body: unknown): { registration: string; present: boolean }[] | null {
  if (!isPlainObject(body) || Object.keys(body).length !== 1 || !Array.isArray(body.marks)) return null
  const marks = body.marks as unknown[]
  if (marks.length < 1 || marks.length > maxMarksPerRequest) return null
  const seen = new Set<string>()
  const parsed: { registration: string; present: boolean }[] = []
  for (const mark of marks) {
    if (!isPlainObject(mark) || Object.keys(mark).length !== 2 || typeof mark.present !== 'boolean') return null
    const registration = mark.registration
    if (!((typeof registration === 'string' && registration.length > 0 && registration.length <= 64) || (typeof registration === 'number' && Number.isSafeInteger(registration)))) return null
    const key = String(registration)
    if (seen.has(key)) return null
    seen.add(key)
    parsed.push({ registration: key, present: mark.present })
  }
  return parsed
}

/**
 * POST `{ marks: [{ registration, present }] }` on one gathering (`/api/sessions/:id/meetings/:meetingId/attendance`):
 * marks each person present or absent there, and answers the gathering's list as GET does, with how many
 * marks changed. Editors only. Every registration must be on this session's attendance list (confirmed,
 * attended or no-show), or nothing is written: 422 naming the first that is not.
 */
export function markAttendanceEndpoint(context: CatalogContext): Endpoint {
  return {
    path: meetingAttendancePath,
    method: 'post',
    handler: async (req) => {
      const opened = await openMeetingRequest(req, context)
      if (!opened.ok) return opened.response
      const { roster, language, meeting } = opened
      const refusals = organiserTexts[language].refusals
      const body = await readBody(req, maxBodyBytes)
      if (!body.ok) {
        const code = body.code === 'unsupported-media-type' || body.code === 'payload-too-large' ? body.code : 'invalid-json'
        return adminRefusal(statusOf[code], refusals[code])
      }
      const asked = marksOf(body.value)
      if (!asked) return adminRefusal(400, refusals.marks(maxMarksPerRequest))

      const people = new Map(roster.participants.map((participant) => [idKey(participant.id), participant]))
      const marks: AttendanceMark[] = []
      for (const [index, mark] of asked.entries()) {
        const person = people.get(mark.registration)
        const problem = !person ? refusals.notOnSession : !isOnAttendanceList(person.status) ? refusals.notOnList : null
        if (problem) return adminRefusal(422, problem, { errors: [{ path: `marks.${index}.registration`, message: problem }] })
        marks.push({ registration: person!.id, present: mark.present })
      }

      const changed = await markAttendance(req, context, roster.session.id, meeting.id, marks)
      const after = await loadSessionRoster(req, context, roster.session.id)
      return meetingAttendanceAnswer({ ...opened, roster: after ?? roster }, { changed })
    },
  }
}
