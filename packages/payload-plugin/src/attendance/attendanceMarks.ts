import type { PayloadRequest } from 'payload'
import { idKey, refId, type DocId, type Ref } from '../catalog/docs.js'
import type { CatalogContext } from '../types.js'

/** One stored mark (depth 0). */
export interface AttendanceDoc {
  id: DocId
  key: string
  registration: Ref<never>
  session: Ref<never>
  meeting: string
  present: boolean
}

/** A session's marks: by registration id (as `idKey`), each gathering's meeting id to present or absent. */
export type AttendanceMarks = Map<string, Map<string, boolean>>

/**
 * Every mark on a session, read past access control (the callers are editors' endpoints and the plugin's
 * own task). Marks of meetings the session no longer has are left out: an editor removed that gathering.
 */
export async function loadAttendanceMarks(req: PayloadRequest, context: CatalogContext, session: DocId, meetingIds: readonly string[]): Promise<AttendanceMarks> {
  const found = await req.payload.find({
    collection: context.slugs.attendance,
    where: { session: { equals: session } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const meetings = new Set(meetingIds)
  const marks: AttendanceMarks = new Map()
  for (const doc of found.docs as unknown as AttendanceDoc[]) {
    const registration = refId(doc.registration)
    if (registration === null || !meetings.has(doc.meeting)) continue
    const person = marks.get(idKey(registration)) ?? new Map<string, boolean>()
    person.set(doc.meeting, doc.present === true)
    marks.set(idKey(registration), person)
  }
  return marks
}
