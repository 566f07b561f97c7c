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
    rateLimit: options.rateLimit === false ? false : { max: 30, maxPerOrigin: 600, windowSeconds: 60, ...options.rateLimit },
    trustedProxies: options.trustedProxies ?? 0,
    maxBodyBytes: options.maxBodyBytes ?? 16 * 1024,
    jobsQueue: options.jobsQueue ?? 'kurskatalog',
    seatReconciliation:
      options.seatReconciliation === false ? false : { cron: '0 */10 * * * *', quietSeconds: 600, ...options.seatReconciliation },
  }
}
