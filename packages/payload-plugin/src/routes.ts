/** Route handlers a Next.js host app mounts in front of Payload's catch-all for the hottest public reads. */
export { catalogRoute, catalogRoutePaths, type CatalogRoute, type RouteHandler } from './routes/catalogRoute.js'
