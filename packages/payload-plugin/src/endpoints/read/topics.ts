import { apiRoutes } from '@kurskatalog/contract'
import type { Endpoint } from 'payload'
import { listTopics } from '../../catalog/topics.js'
import { cachedJson } from '../../http/cachedResponse.js'
import type { CatalogContext } from '../../types.js'
import { publicRead } from './publicRead.js'

/** GET /api/catalog/v1/topics — every topic, for the widgets' filter (TopicListResponse). */
export function topicsEndpoint(context: CatalogContext): Endpoint {
  return {
    path: apiRoutes.topics,
    method: 'get',
    handler: publicRead(context, async (req) => cachedJson(req, await listTopics(req.payload, context.slugs, req), { maxAge: 60 })),
  }
}
