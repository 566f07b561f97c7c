import { apiRoutes, brochureFileName, validateBrochureQuery, type FieldErrors } from '@kurskatalog/contract'
import type { Endpoint, Payload } from 'payload'
import { editionFor } from '../../brochure/brochureEditions.js'
import { brochureFile } from '../../brochure/brochureFile.js'
import { inRenderLane } from '../../brochure/renderLane.js'
import { osloDate } from '../../catalog/osloTime.js'
import { currentCatalog } from '../../catalog/readModel/catalogReadModel.js'
import { inWriteTurn } from '../../database/sqliteWriteTurns.js'
import { errorResponse } from '../../http/errorResponse.js'
import type { PublicRequest } from '../../http/publicRequest.js'
import { requestLocale } from '../../http/requestLocale.js'
import { renderBrochureTaskSlug } from '../../jobs/renderBrochureTask.js'
import type { CatalogContext } from '../../types.js'
import { configuredOrigin, publicHeaders, publicRead } from './publicRead.js'

/** Seconds a browser or CDN keeps a brochure before asking again; the ETag makes asking again cheap. */
const brochureMaxAge = 60
/** What a client is told to wait when the brochure is still being made, or the renders of the minute are used up. */
const retryAfterSeconds = 10

/**
 * The answer to GET /kurs/brosjyre.pdf (and /api/catalog/v1/brochure.pdf): the brochure for the query's
 * options, never drawn on the request path. Unknown parameters or values: 400 naming them. A brochure made
 * already is served from the store (any instance made it); one not made yet is made by a job run at once,
 * waited for a bounded time, and shared by every request for it; beyond that, or beyond the renders a
 * minute, 503 with Retry-After.
 */
export async function brochureAnswer(payload: Payload, context: CatalogContext, request: PublicRequest, requestOrigin: string): Promise<Response> {
  const params = request.searchParams ?? new URLSearchParams()
  const locale = requestLocale(request, params.get('sprak') ?? undefined)
  const checked = validateBrochureQuery(params, osloDate(context.clock()))
  const refuse = (fields: FieldErrors) =>
    errorResponse('invalid-query', locale, { fields, naming: Object.keys(fields), headers: publicHeaders })
  if (!checked.ok) return refuse(checked.fields)
  const options = checked.value
  const snapshot = await currentCatalog(payload, context)
  if (options.topic && ![...snapshot.topics.values()].some((topic) => topic.slug === options.topic)) return refuse({ tema: 'invalid-choice' })

  const origin = configuredOrigin(payload, context.publicUrl) || requestOrigin
  const answer = await editionFor(payload, context, { options, stamp: snapshot.stamp, origin }, (edition) =>
    inRenderLane(payload, async () => {
      const job = await inWriteTurn(payload, () => payload.jobs.queue({ task: renderBrochureTaskSlug, input: { edition: String(edition.id) }, queue: context.jobsQueue }))
      await payload.jobs.runByID({ id: job.id, silent: { info: true } })
    }),
  )
  if ('busy' in answer) return errorResponse('busy', locale, { headers: { ...publicHeaders, 'Retry-After': String(retryAfterSeconds) } })

  const { edition } = answer
  const headers = new Headers(publicHeaders)
  headers.set('ETag', edition.etag ?? '')
  headers.set('Cache-Control', `public, max-age=${brochureMaxAge}, stale-while-revalidate=${brochureMaxAge * 4}`)
  headers.set('Content-Disposition', `inline; filename="${brochureFileName(options.from, options.to)}"`)
  const known = request.headers.get('if-none-match')
  if (known && edition.etag && known.split(',').some((tag) => tag.trim().replace(/^W\//, '') === edition.etag)) return new Response(null, { status: 304, headers })
  const bytes = await brochureFile(payload, context, edition)
  headers.set('Content-Type', 'application/pdf')
  headers.set('Content-Length', String(bytes.length))
  return new Response(new Uint8Array(bytes), { status: 200, headers })
}

/** GET /api/catalog/v1/brochure.pdf — the brochure, for a host that mounts no route of its own at `/kurs/brosjyre.pdf`. */
export function brochureEndpoint(context: CatalogContext): Endpoint {
  return {
    path: apiRoutes.brochure,
    method: 'get',
    handler: publicRead(context, (req) => brochureAnswer(req.payload, context, req, req.url ? new URL(req.url).origin : '')),
  }
}
