export { serveAgencySite } from './serveAgencySite.js'
export { serveSite, type SiteServer, type SiteServerOptions } from './serveSite.js'
