import { fileURLToPath } from 'node:url'
import { serveSite, type SiteServer } from './serveSite.js'

/** The Bydel Gamle Oslo example site, its pages pointing at the CMS on `cmsUrl`. */
export function serveAgencySite(options: { cmsUrl: string; port?: number; host?: string }): Promise<SiteServer> {
  return serveSite({ ...options, root: fileURLToPath(new URL('../public', import.meta.url)) })
}
