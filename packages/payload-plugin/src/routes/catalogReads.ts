import { apiRoutes } from '@kurskatalog/contract'
import type { Payload } from 'payload'
import { offeringAnswer } from '../endpoints/read/offering.js'
import { offeringListAnswer } from '../endpoints/read/offerings.js'
import type { PublicRequest } from '../http/publicRequest.js'
import type { CatalogContext } from '../types.js'

/** A read's route parameters as Next.js decodes them from the path (`:slug` → `{ slug }`). */
export type RouteSegments = Record<string, string | string[] | undefined>

/**
 * The hottest public reads, served in front of Payload's router (by a route handler or the public-read
 * lane), with what each answers from its route parameters. The same answers Payload's endpoints give.
 */
export const catalogReads = {
  [apiRoutes.offerings]: (payload, context, request) => offeringListAnswer(payload, context, request, context.clock()),
  [apiRoutes.offering]: (payload, context, request, segments) => offeringAnswer(payload, context, request, String(segments.slug ?? ''), context.clock()),
} satisfies Record<string, (payload: Payload, context: CatalogContext, request: PublicRequest, segments: RouteSegments) => Promise<Response>>

export type CatalogRoute = keyof typeof catalogReads

/** The paths a host app may mount a route handler for (each its folder under the app's `api/`). */
export const catalogRoutePaths = Object.keys(catalogReads) as CatalogRoute[]
