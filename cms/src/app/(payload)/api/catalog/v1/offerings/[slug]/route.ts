import config from '@payload-config'
import { apiRoutes } from '@kurskatalog/contract'
import { catalogRoute, payloadRestRoute } from '@kurskatalog/payload-plugin/routes'
import { REST_GET, REST_OPTIONS } from '@payloadcms/next/routes'

/** One offering, answered from the plugin's read model in front of Payload's catch-all (see the plugin's `catalogRoute`). */
export const GET = catalogRoute(config, apiRoutes.offering, REST_GET(config))
/** Preflights go on to the plugin's own OPTIONS endpoint through Payload's router, given the path as its catch-all would. */
export const OPTIONS = payloadRestRoute(config, REST_OPTIONS(config))
