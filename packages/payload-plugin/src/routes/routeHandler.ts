/** A Next.js route handler: the request and the route's dynamic segments. */
export type RouteHandler = (request: Request, segments: { params: Promise<Record<string, string | string[] | undefined>> }) => Promise<Response> | Response

/** One of Payload's REST handlers (`REST_GET(config)`, `REST_OPTIONS(config)`, …), made for its catch-all `api/[...slug]`. */
export type PayloadRestHandler = (request: Request, args: { params: Promise<{ slug?: string[] }> }) => Promise<Response>
