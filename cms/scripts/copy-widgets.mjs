// Copies the built widget bundle (widgets/dist) to public/widgets/, so the CMS serves it at
// /widgets/kurskatalog.js — the one script tag agency sites embed. Runs before `next build`;
// public/widgets/ is a build output (gitignored), replaced whole each time so no stale chunk survives.
import { cp, rm, stat } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

const source = fileURLToPath(new URL('../../widgets/dist/', import.meta.url))
const target = fileURLToPath(new URL('../public/widgets/', import.meta.url))

try {
  await stat(new URL('kurskatalog.js', `file://${source}`))
} catch {
  console.error(
    `The widget bundle is not built (${source}kurskatalog.js is missing).\n` +
      'Run `pnpm --filter @kurskatalog/widgets build` first.',
  )
  process.exit(1)
}

await rm(target, { recursive: true, force: true })
await cp(source, target, { recursive: true })
console.log(`copied widgets/dist to ${target}`)
