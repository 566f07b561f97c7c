import { describe, expect, it } from 'vitest'
import { catalogTasks } from '../../src/jobs/index.js'
import { anonymiseTaskSlug } from '../../src/jobs/anonymiseTask.js'
import { resolveOptions } from '../../src/resolveOptions.js'
import { retentionPolicyText } from '../../src/retention/policyText.js'

describe('the retention option', () => {
  it('defaults to 365 days and a nightly run', () => {
    const context = resolveOptions({})
    expect(context.retentionDays).toBe(365)
    expect(catalogTasks(context).map((task) => task.slug)).toContain(anonymiseTaskSlug)
    expect(retentionPolicyText(context, { nb: 'slutt', en: 'the end' }).nb).toBe('Personopplysninger anonymiseres automatisk 365 dager etter slutt.')
  })

  it('keeps the task defined when disabled or off (the handler does nothing), unscheduled when off', () => {
    expect(catalogTasks(resolveOptions({ disabled: true })).map((task) => task.slug)).toContain(anonymiseTaskSlug)
    const off = catalogTasks(resolveOptions({ retentionDays: false })).find((task) => task.slug === anonymiseTaskSlug)
    expect(off?.schedule).toBeUndefined()
    expect(retentionPolicyText(resolveOptions({ retentionDays: false }), { nb: 'x', en: 'x' }).nb).toBe('Personopplysninger anonymiseres ikke automatisk.')
  })

  it.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s days', (days) => {
    expect(() => resolveOptions({ retentionDays: days })).toThrow(/retentionDays/)
  })
})
