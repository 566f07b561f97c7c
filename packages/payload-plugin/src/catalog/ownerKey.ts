import { idKey, refId, type SessionDoc } from './docs.js'

/** The offering a session belongs to, as `${kind}:${id}`. */
export function ownerKey(session: SessionDoc): string | null {
  const id = refId(session.kind === 'programme' ? session.programme : session.course)
  return id === null ? null : `${session.kind}:${idKey(id)}`
}
