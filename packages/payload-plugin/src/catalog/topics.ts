import type { TopicListResponse } from '@kurskatalog/contract'
import type { Payload, PayloadRequest } from 'payload'
import type { CatalogSlugs } from '../types.js'
import type { TopicDoc } from './docs.js'
import { byTitle } from './services.js'
import { toTopicRef } from './toOffering.js'

/** Every topic, by title, for the widgets' topic filter. One query. */
export async function listTopics(payload: Payload, slugs: CatalogSlugs, req?: PayloadRequest): Promise<TopicListResponse> {
  const result = await payload.find({ collection: slugs.topics, depth: 0, pagination: false, overrideAccess: true, req })
  return { items: (result.docs as unknown as TopicDoc[]).sort(byTitle).map(toTopicRef) }
}
