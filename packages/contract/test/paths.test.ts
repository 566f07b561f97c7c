import { describe, expect, it } from 'vitest'
import { apiBase, apiPaths, apiRoutes } from '../src/index.js'

describe('apiRoutes', () => {
  it('names the same path as apiPaths for every endpoint, below /api', () => {
    for (const [name, path] of Object.entries(apiPaths)) {
      const route = apiRoutes[name as keyof typeof apiRoutes]
      const filled = typeof path === 'function' ? path('x y') : path
      expect(filled, name).toBe(`/api${route.replace(/:[a-z]+/, 'x%20y')}`)
      expect(filled.startsWith(apiBase), name).toBe(true)
    }
  })
})
