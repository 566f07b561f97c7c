import { chromium, type Browser } from 'playwright-core'
import { chromiumFlags } from '@kurskatalog/test-support'
import { median } from './stats.js'

export interface RenderTarget {
  label: string
  url: string
  /** Where the entries are: in the widget's shadow root, or in the page itself. */
  entries: 'widget' | 'page'
  /** Requests to note on the way, by a name for the table: a part of their URL, and whether the time they were asked or answered. */
  milestones?: Record<string, Milestone>
}

export interface RenderTimes {
  label: string
  /** Milliseconds from navigation start to the first frame showing all entries, one per run. */
  runsMs: number[]
  medianMs: number
  /** Median ms from navigation start to the page's HTML having arrived, and to each milestone. */
  milestonesMs: Record<string, number>
}

export interface Milestone {
  urlPart: string
  at: 'asked' | 'answered'
}

/** The label of the HTML document's own arrival among the milestones. */
export const htmlMilestone = 'HTML'

/** In the page, from Resource Timing: when each request was asked or had fully arrived (ms since navigation start). */
function milestoneReader(milestones: Record<string, Milestone>): string {
  return `(() => {
  const navigation = performance.getEntriesByType('navigation')[0]
  const resources = performance.getEntriesByType('resource')
  const milestones = ${JSON.stringify(milestones)}
  const times = { ${JSON.stringify(htmlMilestone)}: navigation ? navigation.responseEnd : null }
  for (const [label, { urlPart, at }] of Object.entries(milestones)) {
    const entry = resources.find((candidate) => candidate.name.includes(urlPart))
    times[label] = entry ? (at === 'asked' ? entry.startTime : entry.responseEnd) : null
  }
  return times
})()`
}

/** The console message the page's watcher writes, with the frame's time after it. */
const renderedMessage = 'kk-rendered:'

/**
 * Runs in the page before any of its own scripts: checks on every animation frame whether all entries
 * are there and, once they are, writes the frame's time (ms since navigation start) to the console. A frame
 * is when the page paints, so both pages are timed the same way, to the frame. Told by a console message, not
 * polled with Playwright's waitForFunction: that sends Playwright's own script of some 330 KB into the page
 * while it loads, which held the widget page's main thread for 116–187 ms in a trace, and the plain page,
 * drawn before it lands, not at all. A string, not a function: tsx rewrites functions with helpers that do
 * not exist in the page.
 */
function entriesWatcher(mode: RenderTarget['entries'], count: number): string {
  const entries =
    mode === 'page'
      ? `document.querySelectorAll('.items > li').length`
      : `(document.querySelector('kk-course-list')?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0)`
  return `(() => {
  const check = (frameTime) => {
    if (${entries} >= ${count}) console.debug(${JSON.stringify(renderedMessage)} + frameTime)
    else requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
})()`
}

/**
 * Loads each target `runs` times (plus one warm-up each, not counted), alternating between them, each
 * run in a fresh browser context: no HTTP cache, no saved catalogue, no service worker.
 */
export async function measureRenderTimes(
  targets: RenderTarget[],
  options: { entries: number; runs: number; executablePath: string; timeoutMs?: number },
): Promise<RenderTimes[]> {
  const browser: Browser = await chromium.launch({ executablePath: options.executablePath, headless: true, args: [...chromiumFlags] })
  try {
    const times = new Map<string, number[]>(targets.map((target) => [target.label, []]))
    const milestones = new Map<string, Map<string, number[]>>(targets.map((target) => [target.label, new Map()]))
    for (let run = 0; run <= options.runs; run++) {
      for (const target of targets) {
        const context = await browser.newContext()
        try {
          const page = await context.newPage()
          await page.addInitScript({ content: entriesWatcher(target.entries, options.entries) })
          const rendered = page.waitForEvent('console', { predicate: (message) => message.text().startsWith(renderedMessage), timeout: options.timeoutMs ?? 30_000 })
          // Should the navigation fail, the wait is abandoned with the context, not left to reject unheard.
          rendered.catch(() => undefined)
          await page.goto(target.url, { waitUntil: 'commit' })
          const renderedAt = Number((await rendered).text().slice(renderedMessage.length))
          // Only now, with the page drawn, does anything of Playwright's run in it.
          const arrived = (await page.evaluate(milestoneReader(target.milestones ?? {}))) as Record<string, number | null>
          if (run === 0) continue
          times.get(target.label)!.push(renderedAt)
          for (const [label, ms] of Object.entries(arrived)) {
            if (ms === null) throw new Error(`no request for the milestone "${label}"`)
            const list = milestones.get(target.label)!
            list.set(label, [...(list.get(label) ?? []), ms])
          }
        } catch (error) {
          throw new Error(`${target.label} (${target.url}) did not show ${options.entries} entries: ${error instanceof Error ? error.message : error}`)
        } finally {
          await context.close()
        }
      }
    }
    return targets.map((target) => {
      const runsMs = times.get(target.label)!
      const milestonesMs = Object.fromEntries([...milestones.get(target.label)!].map(([label, list]) => [label, median(list)]))
      return { label: target.label, runsMs, medianMs: median(runsMs), milestonesMs }
    })
  } finally {
    await browser.close()
  }
}
