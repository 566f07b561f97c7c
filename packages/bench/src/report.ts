import type { CompressionFigure } from './compressionLoad.js'
import { fixed, mib, perSecond, times } from './figureText.js'
import { judgeGoals, type GoalFigures, type GoalRow, type SignupBurstFigures } from './goals.js'
import type { Machine } from './machine.js'
import type { LoadPeak } from './processMemory.js'
import type { ReadLoadOptions, ReadLoadResult } from './readLoad.js'
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

/** One read three ways, from the same server process. */
export interface ReadTriple {
  catalogue: ReadFigure
  rest: ReadFigure
  staticFile: ReadFigure
}

export interface SignupReport extends SignupBurstFigures {
  /** How many app processes the burst was split over. */
  instances: number
  rateLimit: string
  memory: MemoryReading
}

export interface BenchReport {
  machine: Machine
  database: string
  buildId: string
  offerings: number
  read: { options: ReadLoadOptions; listing: ReadTriple; detail: ReadTriple; staticMatches: { listing: boolean; detail: boolean } }
  /** The app's resident memory after start and the catalogue reads' warm-up, and its peak under their measured loads. */
  readMemory: { afterWarmupBytes: number; peakBytes: number; exact: boolean }
  compression: { options: ReadLoadOptions; figures: CompressionFigure[] }
  signups: SignupReport
  signupsOverTwo: SignupReport | null
  render: { entries: number; runs: number; widget: RenderTimes; plain: RenderTimes; memory: MemoryReading }
  sizes: { options: ReadLoadOptions; targets: SizeTargets; figures: SizeFigure[] }
  benchSeconds: number
  /** The one-minute load average when the run ended. */
  loadAverageAtEnd: number
}

/** Peak RSS of the app's processes, and what they held when the load began: summed when there are several. */
export function formatMemory(memory: MemoryReading): string {
  const total = memory.peaks.reduce((sum, peak) => sum + peak.peakRssBytes, 0)
  const before = memory.peaks.reduce((sum, peak) => sum + peak.rssBeforeBytes, 0)
  const each = memory.peaks.length > 1 ? `; ${memory.peaks.map((peak) => `${peak.name} ${fixed(mib(peak.peakRssBytes))}`).join(' + ')}` : ''
  return `${fixed(mib(total))} MiB (from ${fixed(mib(before))}${each})${memory.exact ? '' : ', peak since start'}`
}

/** What the goals are judged on, taken from the report. */
export function goalFiguresOf(report: BenchReport): GoalFigures {
  return {
    listing: report.read.listing,
    detail: report.read.detail,
    sizes: report.sizes.figures,
    signups: report.signups,
    signupsOverTwo: report.signupsOverTwo,
    render: { runs: report.render.runs, widgetMs: report.render.widget.medianMs, plainMs: report.render.plain.medianMs },
    memory: report.readMemory,
  }
}

function milestone(times: RenderTimes, label: string): string {
  const ms = times.milestonesMs[label]
  return ms === undefined ? '–' : fixed(ms)
}

function table(header: string[], rows: string[][]): string {
  const lines = [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`)
  return lines.join('\n')
}

function formatGoals(rows: GoalRow[]): string {
  const tally = (verdict: GoalRow['verdict']) => rows.filter((row) => row.verdict === verdict).length
  const notMeasured = tally('not measured')
  return `### Goals (issue 10)

${table(
    ['Goal', 'Measured', 'Verdict'],
    rows.map((row) => [row.goal, row.measured, row.verdict === 'not measured' ? row.verdict : `**${row.verdict}**`]),
  )}

${tally('met')} of ${rows.length} met, ${tally('not met')} not met${notMeasured ? `, ${notMeasured} not measured (the run was smaller than the goal, or its yardstick failed)` : ''}. Each verdict is computed from the figures in the sections below (\`packages/bench/src/goals.ts\`).`
}

function readRow(figure: ReadFigure): string[] {
  return [
    figure.label,
    `\`${figure.path}\``,
    `${fixed(figure.bodyBytes / 1024, 1)} KiB`,
    perSecond(figure.requestsPerSecond),
    fixed(figure.latencyP50Ms),
    fixed(figure.latencyP99Ms),
    String(figure.non2xx + figure.errors),
    formatMemory(figure.memory),
  ]
}

function readRatios(name: string, triple: ReadTriple, staticMatches: boolean): string {
  return `- ${name}: catalogue / Payload REST **${times(ratio(triple.catalogue.requestsPerSecond, triple.rest.requestsPerSecond))}** the requests/s (${times(ratio(triple.catalogue.latencyP99Ms, triple.rest.latencyP99Ms))} the p99 latency); catalogue / static file **${times(ratio(triple.catalogue.requestsPerSecond, triple.staticFile.requestsPerSecond))}** (${times(ratio(triple.catalogue.latencyP99Ms, triple.staticFile.latencyP99Ms))} the p99). The static file holds the ${name.toLowerCase()}'s exact bytes${staticMatches ? ' (checked against a fresh answer after the restart)' : ' — **but a fresh answer differed from it after the restart**'}.`
}

function formatSignups(title: string, signups: SignupReport): string {
  const errorList = Object.entries(signups.errors)
    .sort(([, a], [, b]) => b - a)
    .map(([key, count]) => `${count} × ${key}`)
  const errorCount = Object.values(signups.errors).reduce((sum, n) => sum + n, 0) + signups.unanswered
  return `### ${title}

| Sign-ups/s | Confirmed | Waitlisted | Errors | p50 ms | p99 ms | All answered in | Peak RSS |
| --- | --- | --- | --- | --- | --- | --- | --- |
| ${fixed(signups.signupsPerSecond, 1)} | ${signups.confirmed} | ${signups.waitlisted} | ${errorCount}${errorList.length ? ` (${errorList.join(', ')})` : ''}${signups.unanswered ? `, ${signups.unanswered} unanswered` : ''} | ${fixed(signups.latencyP50Ms)} | ${fixed(signups.latencyP99Ms)} | ${fixed(signups.durationSeconds, 1)} s | ${formatMemory(signups.memory)} |

- In the database afterwards: ${signups.inDatabase.confirmed} confirmed, ${signups.inDatabase.waitlisted} waitlisted, ${signups.inDatabase.total} registrations in all; ${signups.emails} emails reached the SMTP sink.
- Rate limit: ${signups.rateLimit}`
}

function formatCompression({ options, figures }: BenchReport['compression']): string {
  const bytes = (answer: { bodyBytes: number }) => `${fixed(answer.bodyBytes / 1024, 1)} KiB`
  const rows = figures.map((figure) => [
    figure.label,
    `\`${figure.path}\``,
    `\`${figure.accepting.encoding}\``,
    bytes(figure.plain),
    bytes(figure.accepting),
    times(ratio(figure.accepting.bodyBytes, figure.plain.bodyBytes)),
    perSecond(figure.plain.load.requestsPerSecond),
    perSecond(figure.accepting.load.requestsPerSecond),
    `${fixed(figure.plain.load.latencyP50Ms)} / ${fixed(figure.accepting.load.latencyP50Ms)}`,
    String(figure.plain.load.non2xx + figure.plain.load.errors + figure.accepting.load.non2xx + figure.accepting.load.errors),
  ])
  const uncompressed = figures.filter((figure) => figure.accepting.encoding === 'identity').map((figure) => `${figure.label} \`${figure.path}\` (${bytes(figure.plain)})`)
  return `### Compression: without \`Accept-Encoding\` and with \`gzip, br\`

${options.connections} connections, ${options.durationSeconds} s each way after a ${options.warmupSeconds} s warm-up, at the catalogue's first size. Bytes are the body as it came over the wire (not decoded), headers not counted.

${table(['Target', 'Path', 'Content-Encoding sent', 'Body without', 'Body with', 'With / without', 'Requests/s without', 'Requests/s with', 'p50 ms without / with', 'Errors'], rows)}

- ${uncompressed.length === 0 ? 'Every target was compressed when the client accepted it.' : `**Not compressed although the client accepted it:** ${uncompressed.join(', ')}.`}`
}

/** The figures as Markdown: the same text goes to stdout and into BENCHMARKS.md. */
export function formatReport(report: BenchReport): string {
  const { machine, read, readMemory, signups, signupsOverTwo, render } = report
  const above = mib(readMemory.peakBytes - readMemory.afterWarmupBytes)

  return `${formatGoals(judgeGoals(goalFiguresOf(report)))}

### Machine

${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB memory, ${machine.os}, Node ${machine.node}.
Measured ${machine.date} on ${report.database}, CMS build \`${report.buildId}\`, ${report.offerings} published offerings. The whole run took ${fixed(report.benchSeconds)} s.
Load average (1 min) ${machine.loadAverage.toFixed(2)} before the bench started, ${report.loadAverageAtEnd.toFixed(2)} at its end (its own load included)${machine.loadAverage > 1 ? ` — **other work was running on these ${machine.cores} cores**, so every figure below is lower and noisier than on a quiet machine` : ''}.

### Reading the catalogue

${read.options.connections} connections, ${read.options.durationSeconds} s per target after a ${read.options.warmupSeconds} s warm-up, no compression, one CMS process (\`cms/server.mjs\`) on loopback (the load generator runs on the same cores).

${table(['Target', 'Path', 'Body', 'Requests/s', 'p50 ms', 'p99 ms', 'Errors', 'Peak RSS'], [read.listing, read.detail].flatMap((triple) => [triple.catalogue, triple.rest, triple.staticFile].map(readRow)))}

${readRatios('Listing', read.listing, read.staticMatches.listing)}
${readRatios('Detail', read.detail, read.staticMatches.detail)}

### Memory under the read load

- After start and warm-up: **${fixed(mib(readMemory.afterWarmupBytes))} MiB**; peak under the read load: **${fixed(mib(readMemory.peakBytes))} MiB** (${above >= 0 ? '+' : ''}${fixed(above)} MiB)${readMemory.exact ? '' : ', a peak since start (the mark could not be reset)'}.
- "After start and warm-up" is the resident memory (\`VmRSS\`, summed over the CMS process group) read on the freshly restarted server right after the ${read.options.warmupSeconds} s warm-up of the catalogue's listing and then of its detail, before anything else runs on it. "Under the read load" is the kernel's high-water mark (\`VmHWM\`), reset just then and read after each of the two measured catalogue reads above (reset again between them); the higher of the two.

${formatCompression(report.compression)}

${formatSignups(`Sign-ups: ${signups.requests} at once for ${signups.capacity} seats, one instance`, signups)}
${signupsOverTwo ? `\n${formatSignups(`Sign-ups: ${signupsOverTwo.requests} at once for ${signupsOverTwo.capacity} seats, over two instances on one database`, signupsOverTwo)}\n` : ''}
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
  const cell = (figure: ReadLoadResult) =>
    `${fixed(figure.latencyP50Ms)} ms (${perSecond(figure.requestsPerSecond)}/s)${figure.non2xx + figure.errors > 0 ? `, ${figure.non2xx + figure.errors} failed` : ''}`
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

- At ${last.offerings} against ${first.offerings} offerings, p50: listing **${growth((figure) => figure.listing)}**, detail **${growth((figure) => figure.detail)}**, /kurs **${growth((figure) => figure.page)}** (a p50 under 1 ms is counted as 0.5 ms; a read that answered nothing is judged not met in the goals table, whatever its ratio).
`
}
