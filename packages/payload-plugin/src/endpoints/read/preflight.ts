import type { Endpoint } from 'payload'

/**
 * OPTIONS for the read paths (as the router matches them). A widget's plain GET is a "simple" request and sends no preflight;
 * one arrives only if a script adds a non-safelisted header (say, its own If-None-Match). Payload's
 * router answers an OPTIONS that matches no endpoint with 200 and CORS headers from `config.cors`
 * only, which a host that never set `cors` leaves empty, so the browser would refuse. Answering
 * here makes the reads open to every site whatever the host's CORS setting, and never with credentials.
 */
export function readPreflightEndpoints(paths: readonly string[]): Endpoint[] {
  return paths.map((path) => ({
    path,
    method: 'options',
    handler: () =>
      new Response(null, {
        status: 204,
        headers: {
          'Access-Control-Allow-Origin': '*',
          'Access-Control-Allow-Methods': 'GET, OPTIONS',
          'Access-Control-Allow-Headers': 'Accept, Accept-Language, If-None-Match, Content-Language',
          'Access-Control-Max-Age': '86400',
        },
      }),
  }))
}
