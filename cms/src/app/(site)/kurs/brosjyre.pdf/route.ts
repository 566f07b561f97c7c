import config from '@payload-config'
import { brochureRoute } from '@kurskatalog/payload-plugin/routes'

/** The printed brochure of the published catalogue (see the plugin's `brochureRoute`); its folder spells `sitePaths.brochure`. */
export const GET = brochureRoute(config)
