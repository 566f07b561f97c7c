import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { relationTo, type DocId } from '../catalog/docs.js'
import type { CatalogContext } from '../types.js'
import { attendanceKeyOf } from './attendanceKey.js'
import type { AttendanceDoc } from './attendanceMarks.js'

/** One person's mark at one gathering, as an editor sends it. */
export interface AttendanceMark {
  registration: DocId
  present: boolean
}

/** Writes each mark that differs from what is stored: one row per person and gathering, in the request's transaction. */
async function writeMarks(req: PayloadRequest, context: CatalogContext, session: DocId, meeting: string, marks: readonly AttendanceMark[]): Promise<number> {
  const { payload } = req
  const collection = context.slugs.attendance
  const keys = marks.map((mark) => attendanceKeyOf(mark.registration, meeting))
  const found = await payload.find({ collection, where: { key: { in: keys } }, depth: 0, pagination: false, overrideAccess: true, req })
  const stored = new Map((found.docs as unknown as AttendanceDoc[]).map((doc) => [doc.key, doc]))
  const markedAt = new Date().toISOString()
  let changed = 0
  for (const [index, mark] of marks.entries()) {
    const key = keys[index]!
    const row = stored.get(key)
    if (row && row.present === mark.present) continue
    if (row) await payload.update({ collection, id: row.id, data: { present: mark.present, markedAt }, depth: 0, overrideAccess: true, req })
    else {
      await payload.create({
        collection,
        data: { key, registration: relationTo(mark.registration), session: relationTo(session), meeting, present: mark.present, markedAt },
        depth: 0,
        overrideAccess: true,
        req,
      })
    }
    changed++
  }
  return changed
}

/**
 * Stores an editor's marks for one gathering, all or none, and answers how many changed. Only the attendance
 * rows are written (never a registration), so no seat moves. Two editors marking at once each write their own
 * rows; when both create the same person's first mark, the unique key refuses one, which tries again once and
 * then finds the row to update (the later mark wins, as it would had they saved one after the other).
 */
export async function markAttendance(req: PayloadRequest, context: CatalogContext, session: DocId, meeting: string, marks: readonly AttendanceMark[]): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const ownTransaction = await initTransaction(req)
    try {
      const changed = await writeMarks(req, context, session, meeting, marks)
      if (ownTransaction) await commitTransaction(req)
      return changed
    } catch (error) {
      if (ownTransaction) await killTransaction(req)
      if (attempt >= 2 || !ownTransaction) throw error
    }
  }
}
