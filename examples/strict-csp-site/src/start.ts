// `pnpm --filter @kurskatalog/strict-csp-site start`: the strict-CSP example on PORT (4001), against the CMS at CMS_URL.
import { serveStrictSite } from './serveStrictSite.js'

const cmsUrl = process.env.CMS_URL ?? 'http://localhost:3000'
const site = await serveStrictSite({ cmsUrl, port: Number(process.env.PORT ?? 4001) })
console.log(`Streng CSP (eksempelside): ${site.url}  – widgetene hentes fra ${cmsUrl}`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void site.close().then(() => process.exit(0)))
}
