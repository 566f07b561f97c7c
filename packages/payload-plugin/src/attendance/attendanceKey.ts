import { idKey, type DocId } from '../catalog/docs.js'

/** The unique key of one mark: one person at one gathering, however often and by whomever it is written. */
export const attendanceKeyOf = (registration: DocId, meeting: string): string => `${idKey(registration)}:${meeting}`
