import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { apiRoutes } from '@kurskatalog/contract'
import { kurskatalog } from '@kurskatalog/payload-plugin'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, getPayload, handleEndpoints } from 'payload'
import { benchCourses } from './benchCourses.js'
import { peakRss, resetPeakRss } from './processMemory.js'

/**
 * `pnpm --filter @kurskatalog/bench bench:brochure -- --offerings=30,300,3000`: how long making the brochure
 * takes at each catalogue size, how large it is and the process's peak memory while it is made. One process
 * with the plugin on an SQLite file, asked through Payload's own router as a visitor would ask (so the time
 * includes the job, the read model's build, both drawing passes and storing the file), the catalogue grown
 * through the Local API between sizes, each offering with one session in the brochure's period.
 */
const { values: args } = parseArgs({ options: { offerings: { type: 'string', default: '30,300,3000' } } })
const sizes = String(args.offerings).split(',').map(Number).filter((size) => Number.isInteger(size) && size > 0).sort((a, b) => a - b)

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
  const seconds = (performance.now() - started) / 1000
  clearInterval(sampler)
  const peak = exact ? (peakRss([process.pid])[0]?.peakRssBytes ?? sampledPeak) : sampledPeak
  if (response.status !== 200) throw new Error(`brochure at ${size} offerings: ${response.status}`)
  const again = performance.now()
  const cached = await ask(`fra=2027-01-10&til=2027-06-${String(10 + sizes.indexOf(size)).padStart(2, '0')}`)
  await cached.arrayBuffer()
  const cachedMs = performance.now() - again
  rows.push(`| ${size} | ${seconds.toFixed(2)} s | ${cachedMs.toFixed(0)} ms | ${(bytes / 1024).toFixed(0)} KiB | ${mib(rssBefore)} MiB | ${mib(peak)} MiB (+${mib(peak - rssBefore)}) |`)
  process.stdout.write(`${rows[rows.length - 1]}\n`)
}

process.stdout.write(
  [
    '',
    `Making the brochure (SQLite, one process, ${exact()}):`,
    '',
    '| published offerings | made (first request) | served again | size | RSS before | peak RSS while made |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n'),
)
await payload.destroy()
rmSync(dir, { recursive: true, force: true })

function exact(): string {
  return resetPeakRss([process.pid]) ? 'peak from the kernel’s VmHWM' : 'peak sampled every 10 ms'
}
