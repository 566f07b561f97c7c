import { mkdtempSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { apiRoutes } from '@kurskatalog/contract'
import { kurskatalog } from '@kurskatalog/payload-plugin'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, getPayload, handleEndpoints } from 'payload'
import { defaultCmsDir } from '@kurskatalog/test-support'
import { benchCourses } from './benchCourses.js'
import { brochureSection, writeBenchmarksFile } from './benchmarksFile.js'
import { describeMachine } from './machine.js'
import { peakRss, resetPeakRss } from './processMemory.js'

/**
 * Run last by `pnpm bench` (alone: `pnpm --filter @kurskatalog/bench bench:brochure -- --offerings=30,300,3000`,
 * `--no-write` to leave BENCHMARKS.md alone): how long making the brochure
 * takes at each catalogue size, how large it is and the process's peak memory while it is made. One process
 * with the plugin on an SQLite file, asked through Payload's own router as a visitor would ask (so the time
 * includes the job, the read model's build, both drawing passes and storing the file), the catalogue grown
 * through the Local API between sizes, each offering with one session in the brochure's period.
 */
const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { offerings: { type: 'string', default: '30,300,3000' }, 'no-write': { type: 'boolean', default: false } },
})
const sizes = String(args.offerings).split(',').map(Number).filter((size) => Number.isInteger(size) && size > 0).sort((a, b) => a - b)

const machine = describeMachine()
const day = 24 * 60 * 60 * 1000
const clockStart = new Date('2027-01-10T09:00:00+01:00')
const dir = mkdtempSync(path.join(tmpdir(), 'kurskatalog-brochure-bench-'))
const config = buildConfig({
  secret: 'kurskatalog-brochure-bench',
  db: sqliteAdapter({ client: { url: `file:${path.join(dir, 'bench.db')}` }, transactionOptions: {} }),
  editor: lexicalEditor(),
  telemetry: false,
  collections: [{ slug: 'users', auth: true, fields: [] }, { slug: 'media', upload: { staticDir: path.join(dir, 'media') }, fields: [] }],
  plugins: [kurskatalog({ clock: () => clockStart, publicUrl: 'https://kurs.example.no', brochure: { rendersPerMinute: 1000, waitSeconds: 600 } })],
  typescript: { autoGenerate: false },
})
const key = 'brochure-bench'
const payload = await getPayload({ config, key })
const ask = (query: string) =>
  handleEndpoints({ config, payloadInstanceCacheKey: key, request: new Request(new URL(`/api${apiRoutes.brochure}?${query}`, 'http://localhost:3000')) })

await payload.updateGlobal({ slug: 'issuer-settings' as never, data: { name: 'Utviklings- og kompetanseetaten', organisationNumber: '958935420' } as never })
const topics = await Promise.all(['Ledelse', 'Kommunikasjon', 'Digitalisering', 'Arbeidsmiljø'].map((title) => payload.create({ collection: 'topics' as never, data: { title } as never })))
const location = await payload.create({ collection: 'locations' as never, data: { name: 'Kurssenteret på Helsfyr', address: 'Grensesvingen 6, Oslo' } as never })
const templates = benchCourses(27)

let published = 0
async function growTo(total: number): Promise<void> {
  for (; published < total; published++) {
    const template = templates[published % templates.length]!
    const course = await payload.create({
      collection: 'courses' as never,
      data: { ...template, title: `${template.title} – kull ${Math.floor(published / templates.length) + 1}`, topics: [topics[published % topics.length]!.id], price: { free: true }, _status: 'published' } as never,
    })
    const starts = clockStart.getTime() + (3 + (published % 150)) * day
    await payload.create({
      collection: 'sessions' as never,
      data: { kind: 'course', course: course.id, capacity: 20, status: 'open', meetings: [{ startsAt: new Date(starts).toISOString(), endsAt: new Date(starts + 6 * 60 * 60 * 1000).toISOString(), location: location.id }] } as never,
    })
  }
}

const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
const rows: string[] = []
const seconds: number[] = []
const sizesKiB: number[] = []

/** The id of the edition an answer served, found by its ETag. */
async function editionIdOf(response: Response): Promise<string | number | undefined> {
  const found = await payload.find({ collection: 'brochures' as never, where: { etag: { equals: response.headers.get('etag') } }, limit: 1, depth: 0, overrideAccess: true })
  return (found.docs[0] as { id?: string | number } | undefined)?.id
}
for (const size of sizes) {
  await growTo(size)
  global.gc?.()
  const rssBefore = process.memoryUsage().rss
  const exact = resetPeakRss([process.pid])
  let sampledPeak = rssBefore
  const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss)), 10)
  const started = performance.now()
  // A period of its own per size: a brochure not made yet, so the answer waits for its render.
  const response = await ask(`fra=2027-01-10&til=2027-06-${String(10 + sizes.indexOf(size)).padStart(2, '0')}`)
  const bytes = (await response.arrayBuffer()).byteLength
  const madeSeconds = (performance.now() - started) / 1000
  clearInterval(sampler)
  const peak = exact ? (peakRss([process.pid])[0]?.peakRssBytes ?? sampledPeak) : sampledPeak
  if (response.status !== 200) throw new Error(`brochure at ${size} offerings: ${response.status}`)
  const again = performance.now()
  const cached = await ask(`fra=2027-01-10&til=2027-06-${String(10 + sizes.indexOf(size)).padStart(2, '0')}`)
  await cached.arrayBuffer()
  const cachedMs = performance.now() - again
  const parts = (await payload.count({ collection: 'brochure-parts' as never, where: { edition: { equals: String(await editionIdOf(response)) } }, overrideAccess: true })).totalDocs
  seconds.push(madeSeconds)
  sizesKiB.push(bytes / 1024)
  rows.push(`| ${size} | ${madeSeconds.toFixed(2)} s | ${cachedMs.toFixed(0)} ms | ${(bytes / 1024).toFixed(0)} KiB | ${parts} | ${mib(rssBefore)} MiB | ${mib(peak)} MiB (+${mib(peak - rssBefore)}) |`)
  process.stderr.write(`[bench] brochure: ${rows[rows.length - 1]}\n`)
}

const section = [
  '### Making the brochure',
  '',
  `${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; measured ${machine.date}, load average (1 min) ${machine.loadAverage} at the start and ${loadavg()[0]!.toFixed(2)} at the end.`,
  '',
  `One process with the plugin on an SQLite file; each size asked for a brochure of a period not made yet, through Payload's own router as a visitor asks (the job, the read model, both drawing passes, storing it in parts, the plugin's default size), then once more (served from the store). Each offering has one session in the period. Peak RSS: ${exact()}.`,
  '',
  '| Published offerings | Made (first request) | Served again | Size | Parts | RSS before | Peak RSS while made |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
  ...(sizes.length < 2 ? [] : ['', growthLine()]),
].join('\n')
process.stdout.write(`\n${section}\n`)
if (!args['no-write']) {
  const file = path.resolve(defaultCmsDir, '..', 'BENCHMARKS.md')
  await writeBenchmarksFile(file, section, brochureSection)
  process.stderr.write(`[bench] wrote the brochure's figures to ${file}\n`)
}
await payload.destroy()
rmSync(dir, { recursive: true, force: true })
// The plugin's scheduled jobs keep timers of Payload's queue alive after destroy: the bench is done.
process.exit(0)

/** How time and bytes grew from the smallest size to the largest. */
function growthLine(): string {
  const [first, last] = [sizes[0]!, sizes[sizes.length - 1]!]
  const times = (seconds.at(-1)! / seconds[0]!).toFixed(1)
  const bytes = (sizesKiB.at(-1)! / sizesKiB[0]!).toFixed(1)
  return `- At ${last} against ${first} offerings: **${times}×** the time and **${bytes}×** the bytes, for ${(last / first).toFixed(0)}× the offerings.`
}

function exact(): string {
  return resetPeakRss([process.pid]) ? 'peak from the kernel’s VmHWM' : 'peak sampled every 10 ms'
}
