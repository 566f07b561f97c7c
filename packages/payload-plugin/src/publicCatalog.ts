import type {
  OfferingDetail,
  OfferingListResponse,
  ServiceDetail,
  ServiceListResponse,
  TopicListResponse,
  ValidOfferingQuery,
} from '@kurskatalog/contract'
import { createLocalReq, type Payload } from 'payload'
import { listOfferings } from './catalog/listOfferings.js'
import { loadOfferingDetail } from './catalog/loadOfferingDetail.js'
import { currentCatalog } from './catalog/readModel/catalogReadModel.js'
import { listServices, loadServiceDetail } from './catalog/services.js'
import { listTopics } from './catalog/topics.js'
import { loadIssuerFacts, type IssuerFacts } from './globals/IssuerSettings/issuerFacts.js'
import { resolveOptions } from './resolveOptions.js'
import { catalogContextOf } from './routes/catalogContextOf.js'
import type { KurskatalogOptions } from './types.js'

/** The published catalogue, in the public API's shapes: only published offerings, only public fields. */
export interface PublicCatalog {
  /** One page of the offer; check the query with the contract's `validateOfferingQuery` first. */
  offerings(query: ValidOfferingQuery): Promise<OfferingListResponse>
  offering(slug: string): Promise<OfferingDetail | null>
  services(): Promise<ServiceListResponse>
  service(slug: string): Promise<ServiceDetail | null>
  topics(): Promise<TopicListResponse>
  /** The catalogue owner's facts from the settings global (*Virksomhetsinnstillinger*), public by design. */
  issuer(): Promise<IssuerFacts>
  /** The catalogue's time (its `clock`): what a page says "now" is, as the answers above are by it. */
  now(): Date
}

export type { IssuerFacts }

/**
 * What the read endpoints serve, for a host app's own server-rendered pages (no HTTP round trip). Without
 * `options` it reads as the installed plugin does — its slugs, settings global and clock (`clock`), so the
 * pages call the same sessions upcoming as the API; options given are used instead (then give it the same
 * `slugs`, `clock` and `issuerSettings` as `kurskatalog()`).
 */
export function publicCatalog(payload: Payload, options?: Pick<KurskatalogOptions, 'slugs' | 'clock' | 'issuerSettings'>): PublicCatalog {
  const context = options ? resolveOptions(options) : (catalogContextOf(payload) ?? resolveOptions({}))
  const { slugs, clock } = context
  return {
    offerings: async (query) => listOfferings(await currentCatalog(payload, context), query, clock()),
    offering: async (slug) => loadOfferingDetail(await currentCatalog(payload, context), slug, clock()),
    services: () => listServices(payload, slugs),
    service: (slug) => loadServiceDetail(payload, slugs, slug),
    topics: () => listTopics(payload, slugs),
    issuer: async () => loadIssuerFacts(await createLocalReq({}, payload), context),
    now: clock,
  }
}
