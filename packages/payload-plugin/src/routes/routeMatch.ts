import type { RouteSegments } from './catalogReads.js'

/**
 * A matcher for a route such as `/api/catalog/v1/offerings/:slug`, split once: given a request's path,
 * its route parameters, decoded as Next.js decodes a dynamic segment. Undefined for any other path, and
 * for anything Next.js would answer differently: a trailing slash (it redirects), an empty segment, or
 * a segment that is not valid percent-encoding (it refuses with 400).
 */
export function routeMatch(route: string): (path: string) => RouteSegments | undefined {
  const wanted = route.split('/')
  return (path) => {
    const given = path.split('/')
    if (wanted.length !== given.length) return undefined
    const segments: RouteSegments = {}
    for (let index = 0; index < wanted.length; index++) {
      const part = wanted[index]!
      const value = given[index]!
      if (part.startsWith(':')) {
        if (!value) return undefined
        try {
          segments[part.slice(1)] = decodeURIComponent(value)
        } catch {
          return undefined
        }
      } else if (part !== value) return undefined
    }
    return segments
  }
}
