import type { RequestContext } from 'payload'

const key = 'kurskatalogEngine'

/**
 * The `context` of a write the registration engine makes itself (a sign-up, a session's cancellation):
 * it has already moved the seats, so the registration hooks that keep them in step with editors'
 * changes stand aside.
 */
export const engineWrite: RequestContext = { [key]: true }

export const isEngineWrite = (context: RequestContext | undefined): boolean => context?.[key] === true
