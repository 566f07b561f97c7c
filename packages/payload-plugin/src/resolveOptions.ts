import { catalogCollections, type CatalogContext, type CatalogSlugs, type KurskatalogOptions } from './types.js'

export function resolveOptions(options: KurskatalogOptions): CatalogContext {
  const slugs = Object.fromEntries(
    catalogCollections.map((name) => [name, options.slugs?.[name] ?? name]),
  ) as CatalogSlugs
  return {
    slugs,
    isEditor: options.isEditor ?? ((req) => Boolean(req.user)),
    publicUrl: options.publicUrl,
    emailFrom: options.emailFrom,
  }
}
