import { randomBytes } from 'node:crypto'
import type { DocId } from '../catalog/docs.js'

/** The key that stops one address holding two places on a session; replaced on cancel. */
export const activeKeyOf = (session: DocId, email: string): string => `${session}:${email}`
export const cancelledKeyOf = (registration: DocId): string => `cancelled:${registration}`

/** The secret in an email's link (cancel, a leader's approval): 256 random bits, URL-safe, so it cannot be guessed. */
export const newLinkToken = (): string => randomBytes(32).toString('base64url')
