import type { CustomComponent } from 'payload'
import type { CatalogContext } from '../types.js'

/** The admin menu's "Feilede e-poster" link (a server component: it counts them as the page is drawn). */
export const failedEmailsNavLink = (context: CatalogContext): CustomComponent => ({
  path: '@kurskatalog/payload-plugin/admin#FailedEmailsNavLink',
  clientProps: { queuedEmailsSlug: context.slugs['queued-emails'] },
})

/** The admin menu's "Lag brosjyre": the brochure's options as a form (a server component: it lists the topics). */
export const brochureNavForm = (context: CatalogContext): CustomComponent => ({
  path: '@kurskatalog/payload-plugin/admin#BrochureNavForm',
  clientProps: { topicsSlug: context.slugs.topics },
})
