import type { Machine } from './machine.js'
import type { LoadPeak } from './processMemory.js'
import type { ReadLoadOptions, ReadLoadResult } from './readLoad.js'
import type { SignupLoadResult } from './signupLoad.js'
import type { SizeFigure, SizeTargets } from './sizeLoad.js'
import { ratio } from './stats.js'
import { htmlMilestone, type RenderTimes } from './widgetRender.js'

export const widgetScriptIn = 'Widget script in'
export const listingAsked = 'Listing asked'
export const listingAnswered = 'Listing answered'

export interface MemoryReading {
  peaks: LoadPeak[]
  /** False when the peak could not be reset before the load (then it is the peak since start). */
  exact: boolean
}

export interface ReadFigure extends ReadLoadResult {
  label: string
  path: string
  bodyBytes: number
  memory: MemoryReading
}

export interface BenchReport {
  machine: Machine
  database: string
  buildId: string
  offerings: number
  read: { options: ReadLoadOptions; catalogue: ReadFigure; rest: ReadFigure; staticFile: ReadFigure; staticMatchesListing: boolean }
  signups: SignupLoadResult & {
    capacity: number
    inDatabase: { confirmed: number; waitlisted: number; total: number }
    emails: number
    rateLimit: string
    memory: MemoryReading
  }
  render: { entries: number; runs: number; widget: RenderTimes; plain: RenderTimes; memory: MemoryReading }
  sizes: { options: ReadLoadOptions; targets: SizeTargets; figures: SizeFigure[] }
  benchSeconds: number
  /** The one-minute load average when the run ended. */
  loadAverageAtEnd: number
}

const mib = (bytes: number) => bytes / 1024 ** 2
const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–')
// Small ratios keep two significant digits: 0.0081× is not 0.01×.
const times = (value: number) => (!Number.isFinite(value) ? '–' : `${value >= 1 ? value.toFixed(2) : value.toPrecision(2)}×`)
const perSecond = (value: number) => fixed(value, value < 100 ? 1 : 0)

/** Peak RSS of the app's processes, and what they held when the load began: summed when there are several. */
export function formatMemory(memory: MemoryReading): string {
  const total = memory.peaks.reduce((sum, peak) => sum + peak.peakRssBytes, 0)
  const before = memory.peaks.reduce((sum, peak) => sum + peak.rssBeforeBytes, 0)
  const each = memory.peaks.length > 1 ? `; ${memory.peaks.map((peak) => `${peak.name} ${fixed(mib(peak.peakRssBytes))}`).join(' + ')}` : ''
  return `${fixed(mib(total))} MiB (from ${fixed(mib(before))}${each})${memory.exact ? '' : ', peak since start'}`
}

function milestone(times: RenderTimes, label: string): string {
  const ms = times.milestonesMs[label]
  return ms === undefined ? '–' : fixed(ms)
}

function table(header: string[], rows: string[][]): string {
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`)
  return lines.join('\n')
}

/** The figures as Markdown: the same text goes to stdout and into BENCHMARKS.md. */
export function formatReport(report: BenchReport): string {
  const { machine, read, signups, render } = report
  const readRows = [read.catalogue, read.rest, read.staticFile].map((figure) => [
    figure.label,
    `\`${figure.path}\``,
    `${fixed(figure.bodyBytes / 1024, 1)} KiB`,
    perSecond(figure.requestsPerSecond),
    fixed(figure.latencyP50Ms),
    fixed(figure.latencyP99Ms),
    String(figure.non2xx + figure.errors),
    formatMemory(figure.memory),
  ])
  const errorList = Object.entries(signups.errors)
    .sort(([, a], [, b]) => b - a)
    .map(([key, count]) => `${count} × ${key}`)
  const errorCount = Object.values(signups.errors).reduce((sum, n) => sum + n, 0) + signups.unanswered

  return `### Machine

${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB memory, ${machine.os}, Node ${machine.node}.
Measured ${machine.date} on ${report.database}, CMS build \`${report.buildId}\`, ${report.offerings} published offerings. The whole run took ${fixed(report.benchSeconds)} s.
Load average (1 min) ${machine.loadAverage.toFixed(2)} before the bench started, ${report.loadAverageAtEnd.toFixed(2)} at its end (its own load included)${machine.loadAverage > 1 ? ` — **other work was running on these ${machine.cores} cores**, so every figure below is lower and noisier than on a quiet machine` : ''}.

### Reading the catalogue

${read.options.connections} connections, ${read.options.durationSeconds} s per target after a ${read.options.warmupSeconds} s warm-up, no compression, one \`next start\` process on loopback (the load generator runs on the same cores).

${table(['Target', 'Path', 'Body', 'Requests/s', 'p50 ms', 'p99 ms', 'Errors', 'Peak RSS'], readRows)}

- Catalogue API / Payload REST: **${times(ratio(read.catalogue.requestsPerSecond, read.rest.requestsPerSecond))}** the requests/s, ${times(ratio(read.catalogue.latencyP99Ms, read.rest.latencyP99Ms))} the p99 latency.
- Catalogue API / static file: **${times(ratio(read.catalogue.requestsPerSecond, read.staticFile.requestsPerSecond))}** the requests/s, ${times(ratio(read.catalogue.latencyP99Ms, read.staticFile.latencyP99Ms))} the p99 latency.
- The static file holds the listing's exact bytes${read.staticMatchesListing ? ' (checked against a fresh listing after the restart)' : ' — **but a fresh listing differed from it after the restart**'}.

### Sign-ups: ${signups.requests} at once for ${signups.capacity} seats

| Sign-ups/s | Confirmed | Waitlisted | Errors | p50 ms | p99 ms | All answered in | Peak RSS |
| --- | --- | --- | --- | --- | --- | --- | --- |
| ${fixed(signups.signupsPerSecond, 1)} | ${signups.confirmed} | ${signups.waitlisted} | ${errorCount}${errorList.length ? ` (${errorList.join(', ')})` : ''}${signups.unanswered ? `, ${signups.unanswered} unanswered` : ''} | ${fixed(signups.latencyP50Ms)} | ${fixed(signups.latencyP99Ms)} | ${fixed(signups.durationSeconds, 1)} s | ${formatMemory(signups.memory)} |

- In the database afterwards: ${signups.inDatabase.confirmed} confirmed, ${signups.inDatabase.waitlisted} waitlisted, ${signups.inDatabase.total} registrations in all; ${signups.emails} emails reached the SMTP sink.
- Rate limit: ${signups.rateLimit}

### Widget render (headless Chromium, loopback)

Navigation start to the first frame showing all ${render.entries} entries; median of ${render.runs} runs each, each in a fresh browser context (no cache), after one warm-up.

${table(
    ['Page', 'HTML in', widgetScriptIn, listingAsked, listingAnswered, `All ${render.entries} shown`, 'Runs (ms)'],
    [render.widget, render.plain].map((times) => [
      times.label,
      milestone(times, htmlMilestone),
      milestone(times, widgetScriptIn),
      milestone(times, listingAsked),
      milestone(times, listingAnswered),
      `**${fixed(times.medianMs)}**`,
      times.runsMs.map((ms) => fixed(ms)).join(', '),
    ]),
  )}

All in ms since navigation start, medians of each column on its own; "in" and "answered" are when the last byte had arrived, "asked" when the request started.

- Widget / plain HTML: **${times(ratio(render.widget.medianMs, render.plain.medianMs))}**. Peak RSS of the app while the browser loaded the pages: ${formatMemory(render.memory)}.
${formatSizes(report.sizes)}`
}

/** The size dimension: the same three reads at each catalogue size, and the largest size against the smallest. */
function formatSizes({ options, targets, figures }: BenchReport['sizes']): string {
  if (figures.length === 0) return ''
  const cell = (figure: ReadLoadResult) => `${fixed(figure.latencyP50Ms)} ms (${perSecond(figure.requestsPerSecond)}/s)`
  const first = figures[0]!
  const last = figures[figures.length - 1]!
  const growth = (pick: (figure: SizeFigure) => ReadLoadResult) => times(ratio(pick(last).latencyP50Ms || 0.5, pick(first).latencyP50Ms || 0.5))
  return `
### Size: the same reads as the catalogue grows

p50 latency (requests/s) over ${options.connections} connections, ${options.durationSeconds} s each after a ${options.warmupSeconds} s warm-up, after the sign-ups above. Listing \`${targets.listing}\`, detail \`${targets.detail}\`, the page \`${targets.page}\`.

${table(
    ['Published offerings', 'Listing', 'Detail', '/kurs'],
    figures.map((figure) => [String(figure.offerings), cell(figure.listing), cell(figure.detail), cell(figure.page)]),
  )}

- At ${last.offerings} against ${first.offerings} offerings, p50: listing **${growth((figure) => figure.listing)}**, detail **${growth((figure) => figure.detail)}**, /kurs **${growth((figure) => figure.page)}** (a p50 under 1 ms is counted as 0.5 ms).
`
}
