/**
 * What a public read looks at in a request: a Payload request and a plain Fetch request (a route
 * handler in front of Payload's router) both have it, so one answer serves both ways in.
 */
export interface PublicRequest {
  headers: Headers
  searchParams?: URLSearchParams | null
}

/** A Fetch request as a `PublicRequest`. */
export const fromFetchRequest = (request: Request): PublicRequest => ({ headers: request.headers, searchParams: new URL(request.url).searchParams })
