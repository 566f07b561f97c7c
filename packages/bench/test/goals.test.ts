import { describe, expect, it } from 'vitest'
import { judgeGoals, type GoalFigures, type GoalRow, type SignupBurstFigures } from '../src/goals.js'
import type { ReadLoadResult } from '../src/readLoad.js'

const read = (requestsPerSecond: number, latencyP50Ms = 5): ReadLoadResult => ({
  requestsPerSecond,
  latencyP50Ms,
  latencyP99Ms: latencyP50Ms * 3,
  requests: Math.round(requestsPerSecond * 10),
  non2xx: 0,
  errors: 0,
})

const burst = (requests: number, durationSeconds: number, latencyP99Ms: number): SignupBurstFigures => ({
  requests,
  durationSeconds,
  signupsPerSecond: requests / durationSeconds,
  confirmed: 20,
  waitlisted: requests - 20,
  otherStatus: 0,
  errors: {},
  unanswered: 0,
  latencyP50Ms: latencyP99Ms / 2,
  latencyP99Ms,
  capacity: 20,
  inDatabase: { confirmed: 20, waitlisted: requests - 20, total: requests },
  emails: requests,
})

const mib = 1024 ** 2

/** A run that meets every goal, with a little room on each. */
function meeting(): GoalFigures {
  const size = (offerings: number, p50: number) => ({ offerings, listing: read(900, p50), detail: read(900, p50), page: read(300, p50 * 3) })
  return {
    listing: { catalogue: read(2000), rest: read(150), staticFile: read(2600) },
    detail: { catalogue: read(2100), rest: read(200), staticFile: read(3200) },
    sizes: [size(31, 4), size(300, 4), size(3000, 5)],
    signups: burst(500, 1.8, 1400),
    signupsOverTwo: burst(1000, 2.7, 2000),
    render: { runs: 7, widgetMs: 110, plainMs: 80 },
    memory: { afterWarmupBytes: 300 * mib, peakBytes: 340 * mib, exact: true },
  }
}

const verdicts = (rows: GoalRow[]) => rows.map((row) => row.verdict)
const rowFor = (rows: GoalRow[], start: string) => {
  const found = rows.filter((row) => row.goal.startsWith(start))
  expect(found, `one row whose goal starts "${start}"`).toHaveLength(1)
  return found[0]!
}

describe('the goals of issue 10, judged from the figures', () => {
  it('has one row per goal, each met by a run that meets them all', () => {
    const rows = judgeGoals(meeting())
    expect(rows).toHaveLength(14)
    expect(verdicts(rows)).toEqual(Array(14).fill('met'))
    expect(rowFor(rows, 'Listing ≥ 10× Payload REST').measured).toBe('2000/s against 150/s: 13.33×')
    expect(rowFor(rows, 'Peak memory').measured).toBe('300 MiB after warm-up, peak 340 MiB: +40 MiB')
  })

  const misses: [string, string, (figures: GoalFigures) => void][] = [
    ['Listing ≥ 10× Payload REST', '1400/s against 150/s: 9.33×', (f) => void (f.listing.catalogue = read(1400))],
    ['Listing ≥ 0.5× the static file', '2000/s against 4100/s: 0.49×', (f) => void (f.listing.staticFile = read(4100))],
    ['Detail ≥ 10× Payload REST', '1900/s against 200/s: 9.50×', (f) => void (f.detail.catalogue = read(1900))],
    ['Detail ≥ 0.5× the static file', '2100/s against 4300/s: 0.49×', (f) => void (f.detail.staticFile = read(4300))],
    ['Listing at 3,000', 'p50 7 ms at 3,000, 4 ms at 31: 1.75×', (f) => void (f.sizes[2]!.listing.latencyP50Ms = 7)],
    ['Detail at 3,000', 'p50 1182 ms at 3,000, 4 ms at 31: 295.50×', (f) => void (f.sizes[2]!.detail.latencyP50Ms = 1182)],
    ['`/kurs` at 3,000', 'p50 19 ms at 3,000, 12 ms at 31: 1.58×', (f) => void (f.sizes[2]!.page.latencyP50Ms = 19)],
    ['500 sign-ups at once on one instance, all answered', '500 answered in 2.1 s', (f) => void (f.signups.durationSeconds = 2.1)],
    ['500 sign-ups at once on one instance, p99', 'p99 1501 ms over 500', (f) => void (f.signups.latencyP99Ms = 1501)],
    ['1,000 sign-ups over two instances on one database, all answered', '1,000 answered in 3.2 s', (f) => void (f.signupsOverTwo!.durationSeconds = 3.2)],
    ['Widget first paint', '121 ms against 80 ms: 1.51×, median of 7', (f) => void (f.render.widgetMs = 121)],
    ['Peak memory', '300 MiB after warm-up, peak 351 MiB: +51 MiB', (f) => void (f.memory.peakBytes = 351 * mib)],
  ]

  it.each(misses)('"%s" is not met by a figure just past it, and only that one', (goal, measured, miss) => {
    const figures = meeting()
    miss(figures)
    const rows = judgeGoals(figures)
    expect(rowFor(rows, goal)).toEqual({ goal: rowFor(rows, goal).goal, measured, verdict: 'not met' })
    expect(rows.filter((row) => row.verdict !== 'met').map((row) => row.goal)).toEqual([rowFor(rows, goal).goal])
  })

  it('is met exactly at each bound', () => {
    const figures = meeting()
    figures.listing.catalogue = read(1500)
    figures.listing.staticFile = read(3000)
    figures.sizes[2]!.listing.latencyP50Ms = 6
    figures.signups.durationSeconds = 2
    figures.signups.latencyP99Ms = 1500
    figures.signupsOverTwo!.durationSeconds = 3
    figures.render.widgetMs = 120
    figures.memory.peakBytes = 350 * mib
    expect(verdicts(judgeGoals(figures))).toEqual(Array(14).fill('met'))
  })

  it('does not call a read that answered nothing flat: the zeros at 3,000 offerings are a miss', () => {
    const figures = meeting()
    figures.sizes[2]!.detail = { requestsPerSecond: 0, latencyP50Ms: 0, latencyP99Ms: 0, requests: 0, non2xx: 0, errors: 0 }
    const row = rowFor(judgeGoals(figures), 'Detail at 3,000')
    expect(row.verdict).toBe('not met')
    expect(row.measured).toContain('0 of 0 answers failed at 3,000')
  })

  it('counts a fast read with failed answers as a miss, however many it served', () => {
    const figures = meeting()
    figures.listing.catalogue = { ...read(5000), non2xx: 3 }
    const rows = judgeGoals(figures)
    expect(rowFor(rows, 'Listing ≥ 10× Payload REST').verdict).toBe('not met')
    expect(rowFor(rows, 'Listing ≥ 0.5× the static file').measured).toContain('3 of 50000 answers failed')
  })

  it('does not judge a ratio whose yardstick failed', () => {
    const figures = meeting()
    figures.detail.rest = { ...read(0), requests: 0, errors: 40 }
    expect(rowFor(judgeGoals(figures), 'Detail ≥ 10× Payload REST').verdict).toBe('not measured')
  })

  it('counts refused or unanswered sign-ups as a miss, however fast the rest were', () => {
    const figures = meeting()
    figures.signups.errors = { '429 rate-limited': 2 }
    figures.signups.unanswered = 1
    const rows = judgeGoals(figures)
    expect(rowFor(rows, '500 sign-ups at once on one instance, all answered').measured).toBe('500 answered in 1.8 s; 3 refused or unanswered')
    expect(rowFor(rows, '500 sign-ups at once on one instance, all answered').verdict).toBe('not met')
    expect(rowFor(rows, '500 sign-ups at once on one instance, p99').verdict).toBe('not met')
  })

  it('counts an oversold seat, a missing registration or a missing email as a miss', () => {
    for (const spoil of [
      (f: GoalFigures) => void (f.signups.inDatabase.confirmed = 21),
      (f: GoalFigures) => void (f.signups.inDatabase.total = 499),
      (f: GoalFigures) => void (f.signups.emails = 499),
      (f: GoalFigures) => void (f.signupsOverTwo!.inDatabase.waitlisted = 979),
    ]) {
      const figures = meeting()
      spoil(figures)
      const rows = judgeGoals(figures).filter((row) => row.goal.includes('exactly the seats'))
      expect(verdicts(rows).filter((verdict) => verdict === 'not met')).toHaveLength(1)
    }
  })

  it('does not judge what the run was too small for, and says what it measured', () => {
    const figures = meeting()
    figures.sizes = figures.sizes.slice(0, 2)
    figures.signups = burst(100, 0.5, 300)
    figures.signupsOverTwo = burst(200, 0.7, 400)
    figures.render.runs = 2
    const rows = judgeGoals(figures)
    expect(verdicts(rows)).toEqual(['met', 'met', 'met', 'met', ...Array(9).fill('not measured'), 'met'])
    expect(rowFor(rows, 'Listing at 3,000').measured).toBe('measured at 31, 300 only')
    expect(rowFor(rows, '500 sign-ups at once on one instance, all answered').measured).toBe('100 answered in 0.5 s: fewer than 500 sent')
    expect(rowFor(rows, 'Widget first paint').measured).toBe('110 ms against 80 ms: 1.38×, median of 2')
  })

  it('says "not run" for the two-instance burst when there was none', () => {
    const figures = meeting()
    figures.signupsOverTwo = null
    const rows = judgeGoals(figures).filter((row) => row.goal.includes('two instances'))
    expect(rows.map((row) => [row.measured, row.verdict])).toEqual([
      ['not run', 'not measured'],
      ['not run', 'not measured'],
    ])
  })

  it('lets a peak since start pass the memory goal but not fail it', () => {
    const figures = meeting()
    figures.memory.exact = false
    expect(rowFor(judgeGoals(figures), 'Peak memory').verdict).toBe('met')
    figures.memory.peakBytes = 500 * mib
    expect(rowFor(judgeGoals(figures), 'Peak memory')).toMatchObject({ verdict: 'not measured', measured: '300 MiB after warm-up, peak 500 MiB: +200 MiB (peak since start)' })
  })
})
