import type { Config, Plugin } from 'payload'
import { buildCatalogCollections } from './collections/index.js'
import { takeTurnsForTransactions } from './database/sqliteWriteTurns.js'
import { catalogEndpoints } from './endpoints/index.js'
import { buildIssuerSettings } from './globals/IssuerSettings/index.js'
import { editorsDashboardView } from './admin/dashboardView.js'
import { brochureNavForm, failedEmailsNavLink } from './admin/navLinks.js'
import { catalogTasks } from './jobs/index.js'
import { resolveOptions } from './resolveOptions.js'
import { catalogContextKey } from './routes/catalogContextOf.js'
import type { KurskatalogOptions } from './types.js'

export type { AttendanceOptions, BrochureCacheOptions, CatalogCollection, CatalogSlugs, CollectionOverride, IssuerSettingsOptions, KurskatalogOptions, OutboxOptions, ReminderOptions, SeatReconciliationOptions } from './types.js'
export { catalogCollections } from './types.js'
/** Oslo wall time, for a host's own code (the demo seed's dates); the catalogue's time zone is the contract's `catalogTimeZone`. */
export { addDays, osloDate, osloInstant } from './catalog/osloTime.js'

/** Adds the course catalogue — its collections and its public API — to a Payload config. */
export const kurskatalog =
  (options: KurskatalogOptions = {}): Plugin =>
  (config: Config): Config => {
    const context = resolveOptions(options)
    const collections = buildCatalogCollections(context, options.overrides)
    return {
      ...config,
      collections: [...(config.collections ?? []), ...collections],
      globals: [...(config.globals ?? []), buildIssuerSettings(context)],
      custom: { ...config.custom, [catalogContextKey]: context },
      admin: context.disabled
        ? config.admin
        : {
            ...config.admin,
            components: {
              ...config.admin?.components,
              afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), failedEmailsNavLink(context), brochureNavForm(context)],
              // A host's own dashboard wins.
              views: { dashboard: editorsDashboardView(), ...config.admin?.components?.views },
            },
          },
      endpoints: context.disabled ? config.endpoints : [...(config.endpoints ?? []), ...catalogEndpoints(context)],
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), ...catalogTasks(context)] },
      onInit: async (payload) => {
        takeTurnsForTransactions(payload)
        await config.onInit?.(payload)
      },
    }
  }
