import type { DocId } from '../catalog/docs.js'

/** The key that stops one address holding two places on a session; replaced on cancel. */
export const activeKeyOf = (session: DocId, email: string): string => `${session}:${email}`
export const cancelledKeyOf = (registration: DocId): string => `cancelled:${registration}`
