/** Route handlers a Next.js host app mounts in front of Payload's catch-all for the hottest public reads, and the brochure. */
export { brochureRoute } from './routes/brochureRoute.js'
export { catalogRoute } from './routes/catalogRoute.js'
export { catalogRoutePaths, type CatalogRoute } from './routes/catalogReads.js'
export { payloadRestRoute } from './routes/payloadRestRoute.js'
export type { PayloadRestHandler, RouteHandler } from './routes/routeHandler.js'
export { installPublicReadLane, publicReadLaneKey } from './routes/installPublicReadLane.js'
export { publicReadLane, type PublicReadLane } from './routes/publicReadLane.js'
