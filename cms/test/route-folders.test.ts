import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { apiRoutes, sitePaths } from '@kurskatalog/contract'
import { catalogRoutePaths, publicReadLaneKey } from '@kurskatalog/payload-plugin/routes'
import { describe, expect, it } from 'vitest'

const apiDir = fileURLToPath(new URL('../src/app/(payload)/api/', import.meta.url))
const siteDir = fileURLToPath(new URL('../src/app/(site)/', import.meta.url))
// Payload's own routes (graphql, its catch-all) live beside; the plugin's paths are all under catalog/.
const catalogDir = join(apiDir, 'catalog')

/** Every `route.ts` under the app's `api/catalog/`, as the path its folders spell (`[slug]` → `:slug`). */
function routeFolders(): { path: string; file: string }[] {
  const found: { path: string; file: string }[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name === 'route.ts') {
        const folders = relative(apiDir, dir).split(sep).map((part) => part.replace(/^\[(\w+)\]$/, ':$1'))
        found.push({ path: `/${folders.join('/')}`, file: full })
      }
    }
  }
  walk(catalogDir)
  return found
}

describe('route handlers in front of Payload’s catch-all', () => {
  const folders = routeFolders()

  it('live in folders that spell a path of the contract, and mount the plugin’s handler for that very path', () => {
    expect(folders.length).toBeGreaterThan(0)
    for (const { path, file } of folders) {
      const name = Object.entries(apiRoutes).find(([, route]) => route === path)?.[0]
      expect(name, `${path} is not a path in packages/contract's apiRoutes`).toBeDefined()
      expect(readFileSync(file, 'utf8'), file).toContain(`catalogRoute(config, apiRoutes.${name}, REST_GET(config))`)
    }
  })

  it('exist for every read the plugin offers a route handler for', () => {
    expect(folders.map((folder) => folder.path).sort()).toEqual([...catalogRoutePaths].sort())
  })
})

describe('the public pages’ route handlers', () => {
  it('the brochure is mounted in the folder that spells sitePaths.brochure, with the plugin’s handler', () => {
    const file = join(siteDir, ...sitePaths.brochure.split('/').filter(Boolean), 'route.ts')
    expect(readFileSync(file, 'utf8')).toContain('brochureRoute(config)')
    const routes: string[] = []
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) walk(join(dir, entry.name))
        else if (entry.name === 'route.ts') routes.push(`/${relative(siteDir, dir).split(sep).join('/')}`)
      }
    }
    walk(siteDir)
    expect(routes).toEqual([sitePaths.brochure])
  })
})

describe('the server in front of Next.js', () => {
  it('looks for the public-read lane under the key the plugin offers it with', () => {
    const server = readFileSync(fileURLToPath(new URL('../server.mjs', import.meta.url)), 'utf8')
    expect(server).toContain(`Symbol.for('${publicReadLaneKey}')`)
  })
})
