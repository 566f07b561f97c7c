import type { RequestContext } from 'payload'

const key = 'kurskatalogEngine'

/**
 * The `context` of a write the registration engine makes itself (a sign-up, a session's cancellation):
 * it has already moved the seats, so the registration hooks that keep them in step with editors'
 * changes stand aside. A new object each time: Payload keeps a request's context and hooks may add to it.
 */
export const engineWrite = (): RequestContext => ({ [key]: true })

export const isEngineWrite = (context: RequestContext | undefined): boolean => context?.[key] === true
