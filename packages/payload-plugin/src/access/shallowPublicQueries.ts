import { QueryError, type CollectionBeforeOperationHook, type Where } from 'payload'
import type { CatalogContext } from '../types.js'

/** Every field path a `where` names, through `and`/`or`. */
function wherePaths(where: Where | undefined, found: string[] = []): string[] {
  for (const [key, value] of Object.entries(where ?? {})) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) for (const part of value) wherePaths(part as Where, found)
    else found.push(key)
  }
  return found
}

const sortPaths = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []).map((path) => String(path).trim().replace(/^-/, ''))

/**
 * Callers who are not editors may filter and sort by a path at most two segments deep
 * (`course.title`, `meetings.startsAt`). Payload 3.90 checks a deeper path through relationships
 * (`course.facilitators.email`) with a promise it never awaits: the path is refused, but its
 * rejection goes unhandled in the server process, on any anonymous request. The public API needs no
 * such query, so it is refused here first, with Payload's own 400.
 */
export const shallowPublicQueries =
  (context: CatalogContext): CollectionBeforeOperationHook =>
  ({ args, req }) => {
    const { where, sort, overrideAccess } = args as { where?: Where; sort?: unknown; overrideAccess?: boolean }
    if (overrideAccess || context.isEditor(req)) return args
    const deep = [...wherePaths(where), ...sortPaths(sort)].filter((path) => path.split('.').length > 2)
    if (deep.length > 0) throw new QueryError(deep.map((path) => ({ path })))
    return args
  }
