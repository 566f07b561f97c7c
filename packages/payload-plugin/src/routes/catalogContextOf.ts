import type { Payload } from 'payload'
import type { CatalogContext } from '../types.js'

/** Where the plugin leaves its resolved options in the Payload config, for code that starts from a Payload instance. */
export const catalogContextKey = 'kurskatalog'

/** The plugin's resolved options in a running Payload, or undefined when the plugin is not installed. */
export const catalogContextOf = (payload: Payload): CatalogContext | undefined =>
  (payload.config.custom as Record<string, CatalogContext | undefined> | undefined)?.[catalogContextKey]
