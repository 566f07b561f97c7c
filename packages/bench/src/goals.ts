import type { ReadLoadResult } from './readLoad.js'
import type { SignupLoadResult } from './signupLoad.js'
import type { SizeFigure } from './sizeLoad.js'
import { fixed, mib, perSecond, times } from './figureText.js'
import { ratio } from './stats.js'

/** The goals of issue 10, as the bench can judge them. */
export const goals = {
  timesRest: 10,
  ofStatic: 0.5,
  flatWithin: 1.5,
  flatAtOfferings: 3000,
  signups: 500,
  signupsAnsweredSeconds: 2,
  signupsP99Ms: 1500,
  signupsOverTwo: 1000,
  signupsOverTwoAnsweredSeconds: 3,
  widgetTimesHtml: 1.5,
  widgetRuns: 7,
  memoryAboveWarmMiB: 50,
} as const

/** `not measured`: the run did not reach the goal's size (fewer sign-ups, sizes, runs) or its yardstick failed. */
export type GoalVerdict = 'met' | 'not met' | 'not measured'

export interface GoalRow {
  goal: string
  measured: string
  verdict: GoalVerdict
}

/** One read three ways: the catalogue's own endpoint, Payload's generic REST and a static file of the same bytes. */
export interface ReadComparison {
  catalogue: ReadLoadResult
  rest: ReadLoadResult
  staticFile: ReadLoadResult
}

/** A sign-up burst with what the database and the SMTP sink held afterwards. */
export interface SignupBurstFigures extends SignupLoadResult {
  capacity: number
  inDatabase: { confirmed: number; waitlisted: number; total: number }
  emails: number
}

export interface GoalFigures {
  listing: ReadComparison
  detail: ReadComparison
  /** Smallest catalogue first. */
  sizes: readonly SizeFigure[]
  signups: SignupBurstFigures
  /** Null when the run did not do it. */
  signupsOverTwo: SignupBurstFigures | null
  render: { runs: number; widgetMs: number; plainMs: number }
  /** Resident memory of the app after start and warm-up, and its peak under the read load. */
  memory: { afterWarmupBytes: number; peakBytes: number; exact: boolean }
}

const failed = (read: ReadLoadResult) => read.non2xx + read.errors
const count = (value: number) => value.toLocaleString('en-US')

function readGoal(goal: string, ours: ReadLoadResult, theirs: ReadLoadResult, yardstick: string, test: (value: number) => boolean): GoalRow {
  const value = ratio(ours.requestsPerSecond, theirs.requestsPerSecond)
  const measured = `${perSecond(ours.requestsPerSecond)}/s against ${perSecond(theirs.requestsPerSecond)}/s: ${times(value)}`
  if (ours.requests === 0 || failed(ours) > 0) return { goal, measured: `${measured}; ${failed(ours)} of ${ours.requests} answers failed`, verdict: 'not met' }
  if (!Number.isFinite(value) || failed(theirs) > 0) return { goal, measured: `${measured}; ${yardstick} failed, no yardstick`, verdict: 'not measured' }
  return { goal, measured, verdict: test(value) ? 'met' : 'not met' }
}

function flatGoal(name: string, sizes: readonly SizeFigure[], pick: (figure: SizeFigure) => ReadLoadResult): GoalRow {
  const goal = `${name} at ${count(goals.flatAtOfferings)} published offerings within ${goals.flatWithin}× its p50 at 30`
  const first = sizes[0]
  const last = sizes[sizes.length - 1]
  if (!first || !last || sizes.length < 2 || last.offerings < goals.flatAtOfferings) {
    return { goal, measured: `measured at ${sizes.map((figure) => count(figure.offerings)).join(', ') || 'no size'} only`, verdict: 'not measured' }
  }
  const [small, large] = [pick(first), pick(last)]
  // A p50 under 1 ms is counted as 0.5 ms, so a sub-millisecond base does not make any change look huge.
  const growth = ratio(large.latencyP50Ms || 0.5, small.latencyP50Ms || 0.5)
  const measured = `p50 ${fixed(large.latencyP50Ms)} ms at ${count(last.offerings)}, ${fixed(small.latencyP50Ms)} ms at ${count(first.offerings)}: ${times(growth)}`
  const broken = ([[large, last.offerings], [small, first.offerings]] as const).filter(([read]) => read.requests === 0 || failed(read) > 0)
  if (broken.length > 0) {
    const why = broken.map(([read, offerings]) => `${failed(read)} of ${read.requests} answers failed at ${count(offerings)}`).join(', ')
    return { goal, measured: `${measured}; ${why}`, verdict: 'not met' }
  }
  return { goal, measured, verdict: growth <= goals.flatWithin ? 'met' : 'not met' }
}

function refusedOrLost(burst: SignupLoadResult): number {
  return Object.values(burst.errors).reduce((sum, n) => sum + n, 0) + burst.unanswered + burst.otherStatus
}

function answeredGoal(goal: string, burst: SignupBurstFigures | null, wanted: number, withinSeconds: number): GoalRow {
  if (!burst) return { goal, measured: 'not run', verdict: 'not measured' }
  const measured = `${count(burst.requests)} answered in ${fixed(burst.durationSeconds, 1)} s`
  if (burst.requests < wanted) return { goal, measured: `${measured}: fewer than ${count(wanted)} sent`, verdict: 'not measured' }
  const lost = refusedOrLost(burst)
  if (lost > 0) return { goal, measured: `${measured}; ${lost} refused or unanswered`, verdict: 'not met' }
  return { goal, measured, verdict: burst.durationSeconds <= withinSeconds ? 'met' : 'not met' }
}

function exactGoal(goal: string, burst: SignupBurstFigures | null, wanted: number): GoalRow {
  if (!burst) return { goal, measured: 'not run', verdict: 'not measured' }
  const { confirmed, waitlisted, total } = burst.inDatabase
  const measured = `${confirmed} confirmed of ${burst.capacity} seats, ${count(waitlisted)} waitlisted, ${count(total)} registrations, ${count(burst.emails)} emails for ${count(burst.requests)} sign-ups`
  if (burst.requests < wanted) return { goal, measured: `${measured}: fewer than ${count(wanted)} sent`, verdict: 'not measured' }
  const exact = confirmed === burst.capacity && waitlisted === burst.requests - burst.capacity && total === burst.requests && burst.emails === burst.requests
  return { goal, measured, verdict: exact ? 'met' : 'not met' }
}

/** Each goal of issue 10 with the figure it was judged on, and whether it was met; pure, from the figures alone. */
export function judgeGoals(figures: GoalFigures): GoalRow[] {
  const { listing, detail, sizes, signups, signupsOverTwo, render, memory } = figures
  const rows: GoalRow[] = [
    readGoal(`Listing ≥ ${goals.timesRest}× Payload REST (requests/s)`, listing.catalogue, listing.rest, 'Payload REST', (value) => value >= goals.timesRest),
    readGoal(`Listing ≥ ${goals.ofStatic}× the static file`, listing.catalogue, listing.staticFile, 'the static file', (value) => value >= goals.ofStatic),
    readGoal(`Detail ≥ ${goals.timesRest}× Payload REST (requests/s)`, detail.catalogue, detail.rest, 'Payload REST', (value) => value >= goals.timesRest),
    readGoal(`Detail ≥ ${goals.ofStatic}× the static file`, detail.catalogue, detail.staticFile, 'the static file', (value) => value >= goals.ofStatic),
    flatGoal('Listing', sizes, (figure) => figure.listing),
    flatGoal('Detail', sizes, (figure) => figure.detail),
    flatGoal('`/kurs`', sizes, (figure) => figure.page),
    answeredGoal(`${count(goals.signups)} sign-ups at once on one instance, all answered within ${goals.signupsAnsweredSeconds} s`, signups, goals.signups, goals.signupsAnsweredSeconds),
  ]

  const p99Goal = `${count(goals.signups)} sign-ups at once on one instance, p99 ≤ ${goals.signupsP99Ms / 1000} s`
  const p99Measured = `p99 ${fixed(signups.latencyP99Ms)} ms over ${count(signups.requests)}`
  if (signups.requests < goals.signups) rows.push({ goal: p99Goal, measured: `${p99Measured}: fewer than ${count(goals.signups)} sent`, verdict: 'not measured' })
  else if (signups.unanswered > 0) rows.push({ goal: p99Goal, measured: `${p99Measured}; ${signups.unanswered} unanswered`, verdict: 'not met' })
  else rows.push({ goal: p99Goal, measured: p99Measured, verdict: signups.latencyP99Ms <= goals.signupsP99Ms ? 'met' : 'not met' })

  rows.push(
    exactGoal(`${count(goals.signups)} sign-ups on one instance: exactly the seats there are, every email delivered`, signups, goals.signups),
    answeredGoal(
      `${count(goals.signupsOverTwo)} sign-ups over two instances on one database, all answered within ${goals.signupsOverTwoAnsweredSeconds} s`,
      signupsOverTwo,
      goals.signupsOverTwo,
      goals.signupsOverTwoAnsweredSeconds,
    ),
    exactGoal(`${count(goals.signupsOverTwo)} sign-ups over two instances: exactly the seats there are, every email delivered`, signupsOverTwo, goals.signupsOverTwo),
  )

  const widgetGoal = `Widget first paint ≤ ${goals.widgetTimesHtml}× server HTML (median of ${goals.widgetRuns} cold loads)`
  const paint = ratio(render.widgetMs, render.plainMs)
  const paintMeasured = `${fixed(render.widgetMs)} ms against ${fixed(render.plainMs)} ms: ${times(paint)}, median of ${render.runs}`
  if (render.runs < goals.widgetRuns || !Number.isFinite(paint)) rows.push({ goal: widgetGoal, measured: paintMeasured, verdict: 'not measured' })
  else rows.push({ goal: widgetGoal, measured: paintMeasured, verdict: paint <= goals.widgetTimesHtml ? 'met' : 'not met' })

  const memoryGoal = `Peak memory under the read load ≤ ${goals.memoryAboveWarmMiB} MiB above after start and warm-up`
  const above = mib(memory.peakBytes - memory.afterWarmupBytes)
  const memoryMeasured = `${fixed(mib(memory.afterWarmupBytes))} MiB after warm-up, peak ${fixed(mib(memory.peakBytes))} MiB: ${above >= 0 ? '+' : ''}${fixed(above)} MiB${memory.exact ? '' : ' (peak since start)'}`
  const within = above <= goals.memoryAboveWarmMiB
  if (memory.afterWarmupBytes <= 0 || memory.peakBytes <= 0) rows.push({ goal: memoryGoal, measured: 'no reading', verdict: 'not measured' })
  // A peak since start can only be too high: a pass stands, a miss may be the start's own peak.
  else if (!memory.exact && !within) rows.push({ goal: memoryGoal, measured: memoryMeasured, verdict: 'not measured' })
  else rows.push({ goal: memoryGoal, measured: memoryMeasured, verdict: within ? 'met' : 'not met' })
  return rows
}
