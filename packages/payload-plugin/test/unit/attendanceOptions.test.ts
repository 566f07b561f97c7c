import { describe, expect, it } from 'vitest'
import { catalogTasks } from '../../src/jobs/index.js'
import { settleAttendanceTaskSlug } from '../../src/jobs/settleAttendanceTask.js'
import { resolveOptions } from '../../src/resolveOptions.js'

describe('the attendance option', () => {
  it('defaults to a run every ten minutes and a wait of seven days, and keeps what a host gives', () => {
    expect(resolveOptions({}).attendance).toEqual({ cron: '0 */10 * * * *', waitDays: 7 })
    expect(resolveOptions({ attendance: { waitDays: 0 } }).attendance).toEqual({ cron: '0 */10 * * * *', waitDays: 0 })
  })

  it.each([-1, 1.5, Number.NaN, '3' as unknown as number])('refuses a wait of %j days', (waitDays) => {
    expect(() => resolveOptions({ attendance: { waitDays } })).toThrow(/attendance\.waitDays/)
  })

  it("schedules its task on the plugin's queue with the host's cron, also when the plugin is disabled", () => {
    const task = catalogTasks(resolveOptions({ attendance: { cron: '0 0 * * * *' }, jobsQueue: 'egen' })).find((entry) => entry.slug === settleAttendanceTaskSlug)
    expect(task?.schedule).toEqual([expect.objectContaining({ cron: '0 0 * * * *', queue: 'egen' })])
    expect(catalogTasks(resolveOptions({ disabled: true })).map((entry) => entry.slug)).toContain(settleAttendanceTaskSlug)
  })
})
