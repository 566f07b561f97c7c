import { withPayload } from '@payloadcms/next/withPayload'

/**
 * The widget bundle in public/widgets/ (copied from widgets/dist by scripts/copy-widgets.mjs) is
 * embedded by other agencies' sites: module scripts loaded cross-origin need CORS, and sites that
 * isolate themselves (COEP) need Cross-Origin-Resource-Policy. The entry keeps its name between
 * releases, so it is cached briefly; the chunks carry a content hash, so they never change.
 */
const widgetHeaders = [
  { key: 'Access-Control-Allow-Origin', value: '*' },
  { key: 'Cross-Origin-Resource-Policy', value: 'cross-origin' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
]

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The plugin and the contract are workspace packages shipped as TypeScript sources.
  transpilePackages: ['@kurskatalog/payload-plugin', '@kurskatalog/contract'],
  // Loaded from node_modules at run time, not bundled (so the app lists them as its own dependencies too): pdfkit
  // reads its colour profile and font data from files beside its own code, and exceljs is large and made for Node.
  serverExternalPackages: ['pdfkit', 'exceljs'],
  // Types are checked by `pnpm typecheck` (tsc in each package, which follows the app's imports
  // into the plugin and the contract). Checking them again inside `next build` only doubles the
  // build time and lets a type error anywhere in the workspace stop the app from being built and tested.
  typescript: { ignoreBuildErrors: true },
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = { '.js': ['.ts', '.tsx', '.js'], '.mjs': ['.mts', '.mjs'] }
    return webpackConfig
  },
  async headers() {
    return [
      {
        source: '/widgets/:file*',
        headers: [...widgetHeaders, { key: 'Cache-Control', value: 'public, max-age=300, stale-while-revalidate=86400' }],
      },
      {
        // esbuild's chunk names: `<name>-<8-character hash>.js` (and their source maps).
        source: '/widgets/:chunk([A-Za-z0-9-]+-[A-Z0-9]{8}\\.js(?:\\.map)?)',
        headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }],
      },
    ]
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
