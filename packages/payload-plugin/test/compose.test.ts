import { describe, expect, it } from 'vitest'
import type { Config } from 'payload'
import { catalogCollections, kurskatalog } from '../src/index.js'

const host: Config = {
  secret: 'x',
  collections: [{ slug: 'pages', fields: [{ name: 'title', type: 'text' }] }],
  endpoints: [{ path: '/hello', method: 'get', handler: () => Response.json({ ok: true }) }],
} as unknown as Config

describe('kurskatalog()', () => {
  it('keeps what the host config already had and adds every catalogue collection after it', async () => {
    const result = await kurskatalog()(host)
    const slugs = (result.collections ?? []).map((collection) => collection.slug)
    expect(slugs[0]).toBe('pages')
    expect(slugs.slice(1).sort()).toEqual([...catalogCollections].sort())
    expect(result.endpoints?.some((endpoint) => endpoint.path === '/hello')).toBe(true)
    expect(host.collections).toHaveLength(1)
  })

  it('renames collections and points every relationship at the new slugs', async () => {
    const result = await kurskatalog({ slugs: { courses: 'kurs', topics: 'temaer', sessions: 'kursdager' } })(host)
    const slugs = (result.collections ?? []).map((collection) => collection.slug)
    expect(slugs).toContain('kurs')
    expect(slugs).toContain('temaer')
    expect(slugs).not.toContain('courses')
    const sessions = result.collections?.find((collection) => collection.slug === 'kursdager')
    const course = sessions?.fields.find((field) => 'name' in field && field.name === 'course')
    expect(course && 'relationTo' in course ? course.relationTo : undefined).toBe('kurs')
    const registrations = result.collections?.find((collection) => collection.slug === 'registrations')
    const session = registrations?.fields.find((field) => 'name' in field && field.name === 'session')
    expect(session && 'relationTo' in session ? session.relationTo : undefined).toBe('kursdager')
  })

  it('lets the host override a collection', async () => {
    const result = await kurskatalog({
      overrides: {
        courses: (collection) => ({ ...collection, fields: [...collection.fields, { name: 'costCentre', type: 'text' }] }),
      },
    })(host)
    const courses = result.collections?.find((collection) => collection.slug === 'courses')
    expect(courses?.fields.some((field) => 'name' in field && field.name === 'costCentre')).toBe(true)
  })

  describe('disabled', () => {
    it('keeps every collection with the same fields, so the schema and its migrations do not change', async () => {
      const enabled = await kurskatalog()(host)
      const disabled = await kurskatalog({ disabled: true })(host)
      const fieldsOf = (config: Config) => Object.fromEntries((config.collections ?? []).map((collection) => [collection.slug, JSON.stringify(collection.fields)]))
      expect(fieldsOf(disabled)).toEqual(fieldsOf(enabled))
    })

    it('hides the catalogue collections in the admin, and only them', async () => {
      const result = await kurskatalog({ disabled: true })(host)
      for (const collection of result.collections ?? []) {
        expect(collection.admin?.hidden, collection.slug).toBe(collection.slug === 'pages' ? undefined : true)
      }
    })

    it('adds no endpoints and keeps the host\'s own', async () => {
      const result = await kurskatalog({ disabled: true })(host)
      expect(result.endpoints?.map((endpoint) => endpoint.path)).toEqual(['/hello'])
    })

    it('runs none of the collections\' hooks, so nothing keeps seats or sends emails', async () => {
      const enabled = await kurskatalog()(host)
      const sessionsEnabled = enabled.collections?.find((collection) => collection.slug === 'sessions')
      expect(sessionsEnabled?.hooks?.afterChange?.length).toBeGreaterThan(0)
      const result = await kurskatalog({ disabled: true })(host)
      for (const collection of result.collections ?? []) {
        const hooks = Object.values(collection.hooks ?? {}).flat()
        expect(hooks, collection.slug).toHaveLength(0)
      }
    })

    it('keeps the same jobs, so the jobs queue\'s schema does not change either, and its jobs do nothing', async () => {
      const enabled = await kurskatalog()(host)
      const result = await kurskatalog({ disabled: true })(host)
      const slugsOf = (config: Config) => (config.jobs?.tasks ?? []).map((task) => task.slug)
      expect(slugsOf(result)).toEqual(slugsOf(enabled))
      expect(slugsOf(result).length).toBeGreaterThan(0)
      for (const task of result.jobs?.tasks ?? []) {
        if (typeof task.handler !== 'function') throw new Error(`${task.slug} has no handler function`)
        // A request with no Payload at all: a job that tried to do anything would throw.
        const run = await task.handler({ input: {}, req: {} as never, job: {} as never, tasks: {} as never, inlineTask: (() => undefined) as never })
        const output = (run as { output: Record<string, unknown> }).output
        // A task that says what it did (an email sent, a brochure made) says it did nothing; one that counts, counted none.
        if ('outcome' in output) expect(output, task.slug).toEqual(expect.objectContaining({ outcome: 'disabled' }))
        else expect(Object.values(output).every((count) => count === 0), task.slug).toBe(true)
      }
    })

    it('still applies the host\'s overrides', async () => {
      const result = await kurskatalog({
        disabled: true,
        overrides: { courses: (collection) => ({ ...collection, admin: { ...collection.admin, hidden: false } }) },
      })(host)
      expect(result.collections?.find((collection) => collection.slug === 'courses')?.admin?.hidden).toBe(false)
    })
  })
})
