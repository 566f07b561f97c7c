import { fileURLToPath } from 'node:url'
import { serveSite, type SiteServer } from '@kurskatalog/agency-site/server'
import { contentSecurityPolicy } from './contentSecurityPolicy.js'

export { contentSecurityPolicy }

/** The strict-CSP example site, its pages served with `contentSecurityPolicy(cmsUrl)`. */
export function serveStrictSite(options: { cmsUrl: string; port?: number; host?: string }): Promise<SiteServer> {
  return serveSite({
    ...options,
    root: fileURLToPath(new URL('../public', import.meta.url)),
    pageHeaders: { 'Content-Security-Policy': contentSecurityPolicy(options.cmsUrl) },
  })
}
