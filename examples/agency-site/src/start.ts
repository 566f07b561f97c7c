// `pnpm --filter @kurskatalog/agency-site start`: the example site on PORT (4000), talking to the CMS at CMS_URL.
import { serveAgencySite } from './serveAgencySite.js'

const cmsUrl = process.env.CMS_URL ?? 'http://localhost:3000'
const site = await serveAgencySite({ cmsUrl, port: Number(process.env.PORT ?? 4000) })
console.log(`Bydel Gamle Oslo (eksempelside): ${site.url}  – widgetene hentes fra ${cmsUrl}`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void site.close().then(() => process.exit(0)))
}
