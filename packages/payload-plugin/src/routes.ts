/** Route handlers a Next.js host app mounts in front of Payload's catch-all for the hottest public reads, and the brochure. */
export { brochureRoute } from './routes/brochureRoute.js'
export { catalogRoute, catalogRoutePaths, type CatalogRoute } from './routes/catalogRoute.js'
export { payloadRestRoute } from './routes/payloadRestRoute.js'
export type { PayloadRestHandler, RouteHandler } from './routes/routeHandler.js'
