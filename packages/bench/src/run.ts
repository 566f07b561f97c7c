import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { apiPaths, type OfferingListResponse } from '@kurskatalog/contract'
import {
  builtCmsId,
  chromiumPath,
  cmsMongoDatabase,
  cmsSqliteDatabase,
  defaultCmsDir,
  startBuiltCms,
  startMailSink,
  type BuiltCms,
  type CmsDatabase,
  type MailSink,
} from '@kurskatalog/test-support'
import { loginAsAdmin } from './adminApi.js'
import { benchPaths, removeBenchPages, writeBenchPages } from './benchPages.js'
import { writeBenchmarksFile } from './benchmarksFile.js'
import { ensureCmsBuilt } from './ensureBuilt.js'
import { describeMachine } from './machine.js'
import { plainListHtml, widgetHostHtml } from './plainListHtml.js'
import { measurePeakRss } from './processMemory.js'
import { runReadLoad, type ReadLoadOptions } from './readLoad.js'
import { formatReport, listingAnswered, listingAsked, widgetScriptIn, type BenchReport, type MemoryReading, type ReadFigure } from './report.js'
import { growCatalogue } from './growCatalogue.js'
import { seedBenchCatalogue } from './seedCatalogue.js'
import { measureAtSize, type SizeFigure } from './sizeLoad.js'
import { runSignupLoad } from './signupLoad.js'
import { measureRenderTimes } from './widgetRender.js'

const { values: args } = parseArgs({
  // `pnpm bench -- --runs=3` hands the script a literal `--` first.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    connections: { type: 'string', default: '10' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    signups: { type: 'string', default: '500' },
    runs: { type: 'string', default: '7' },
    database: { type: 'string', default: 'sqlite' },
    // The size dimension: the catalogue is grown to each size in turn and read again.
    offerings: { type: 'string', default: '30,300,3000' },
    'size-duration': { type: 'string', default: '3' },
    'no-write': { type: 'boolean', default: false },
    // A built copy of the app elsewhere, e.g. to measure a snapshot while cms/ is being rebuilt.
    'cms-dir': { type: 'string' },
  },
})

const listSize = 30
// The demo seed has three courses and a programme; these make the listing (and the REST page) full.
const addedCourses = 27
const seatsForSignups = 20
// One of the demo agencies' registered sites (KK_DEMO_ORIGINS): the only kind of origin writes are taken from.
const signupOrigin = 'http://127.0.0.1:4000'
const demoAdmin = { email: 'admin@example.org', password: 'kurskatalog-demo' }
const repoRoot = resolve(defaultCmsDir, '..')
const cmsDir = args['cms-dir'] ? resolve(args['cms-dir']) : defaultCmsDir

const readOptions: ReadLoadOptions = {
  connections: Number(args.connections),
  durationSeconds: Number(args.duration),
  warmupSeconds: Number(args.warmup),
}

const log = (line: string) => process.stderr.write(`[bench] ${line}\n`)

let cms: BuiltCms | undefined
let database: CmsDatabase | undefined
let mail: MailSink | undefined

async function cleanUp(): Promise<void> {
  await cms?.stop()
  await Promise.all([database?.stop(), mail?.stop(), removeBenchPages(cmsDir)])
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping the CMS and removing the bench files`)
    void cleanUp().finally(() => process.exit(130))
  })
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`)
  return response.text()
}

/** Polls the SMTP sink until its count has not moved for a second (the sink parses mail after accepting it). */
async function settledMailCount(sink: MailSink): Promise<number> {
  let last = -1
  for (let tries = 0; tries < 30; tries++) {
    const count = (await sink.messages()).length
    if (count === last) return count
    last = count
    await new Promise((wait) => setTimeout(wait, 1000))
  }
  return last
}

async function main(): Promise<void> {
  const started = performance.now()
  ensureCmsBuilt(cmsDir, log)
  const buildId = builtCmsId(cmsDir)
  const machine = describeMachine()
  await removeBenchPages(cmsDir)

  mail = await startMailSink()
  database = args.database === 'mongodb' ? await cmsMongoDatabase() : await cmsSqliteDatabase({ prefix: 'kk-bench-' })
  if (database.isJongodb) log('MongoDB here is jongodb, an in-memory test server: its figures say nothing about a real MongoDB.')
  const env = { KK_DEMO_ORIGINS: signupOrigin, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.smtpPort) }

  // 1. Seed through the REST API as an editor would, then take the listing's bytes for the static file.
  log(`starting the CMS on ${database.label} (first start: migrations and the demo seed)`)
  cms = await startBuiltCms({ database, env, cmsDir })
  const seeded = await seedBenchCatalogue(await loginAsAdmin(cms.url, demoAdmin), { courses: addedCourses, signupCapacity: seatsForSignups })
  log(`added ${seeded.coursesAdded} courses and ${seeded.sessionsAdded} sessions`)
  const listingPath = `${apiPaths.offerings}?limit=${listSize}`
  const listingText = await fetchText(cms.url + listingPath)
  const listing = JSON.parse(listingText) as OfferingListResponse
  if (listing.items.length !== listSize) throw new Error(`The listing has ${listing.items.length} entries, not ${listSize}.`)
  await writeBenchPages(cmsDir, { listingJson: listingText, plainList: plainListHtml(listing), widgetHost: widgetHostHtml(listSize) })

  // 2. A fresh server on the same database: Next serves the public files that exist when it starts,
  // and the measured process carries no memory from the seeding.
  await cms.stop()
  log('restarting the CMS with the bench files in public/bench/')
  cms = await startBuiltCms({ database, env, cmsDir })
  const app = cms
  const staticText = await fetchText(app.url + benchPaths.listingJson)
  const staticMatchesListing = staticText === (await fetchText(app.url + listingPath))

  const readTarget = async (label: string, path: string): Promise<ReadFigure> => {
    log(`reading ${path}: ${readOptions.warmupSeconds} s warm-up, ${readOptions.durationSeconds} s measured, ${readOptions.connections} connections`)
    const bodyBytes = Buffer.byteLength(await fetchText(app.url + path))
    let memory: MemoryReading = { peaks: [], exact: false }
    const figures = await runReadLoad(app.url + path, readOptions, async (load) => {
      const measured = await measurePeakRss(app.pid, load)
      memory = { peaks: measured.peaks, exact: measured.exact }
      return measured.result
    })
    return { label, path, bodyBytes, memory, ...figures }
  }
  const catalogue = await readTarget('Catalogue API', listingPath)
  const rest = await readTarget('Payload REST', `/api/courses?depth=1&limit=${listSize}`)
  const staticFile = await readTarget('Static file', benchPaths.listingJson)

  // 3. The widget against the plain page, before the sign-ups change the seat counts on the list.
  const runs = Number(args.runs)
  log(`rendering the list in Chromium: ${runs} runs each`)
  const rendered = await measurePeakRss(app.pid, () =>
    measureRenderTimes(
      [
        {
          label: `\`<kk-course-list limit="${listSize}">\` (widget)`,
          url: app.url + benchPaths.widgetHost,
          entries: 'widget',
          milestones: {
            [widgetScriptIn]: { urlPart: '/widgets/kurskatalog.js', at: 'answered' },
            [listingAsked]: { urlPart: apiPaths.offerings, at: 'asked' },
            [listingAnswered]: { urlPart: apiPaths.offerings, at: 'answered' },
          },
        },
        { label: 'Plain server HTML', url: app.url + benchPaths.plainList, entries: 'page' },
      ],
      { entries: listSize, runs, executablePath: chromiumPath },
    ),
  )
  const [widget, plain] = rendered.result

  // 4. Sign-ups, all at once.
  const requests = Number(args.signups)
  log(`${requests} sign-ups at once for ${seeded.signupSession.capacity} seats`)
  await mail.clear()
  const signups = await measurePeakRss(app.pid, () =>
    runSignupLoad(app.url, { sessionId: seeded.signupSession.id, origin: signupOrigin, requests, timeoutSeconds: 300 }),
  )
  const admin = await loginAsAdmin(app.url, demoAdmin)
  const countOf = async (status?: string) =>
    (
      await admin.get<{ totalDocs: number }>(
        `/api/registrations?depth=0&limit=1&where[session][equals]=${seeded.signupSession.id}${status ? `&where[status][equals]=${status}` : ''}`,
      )
    ).totalDocs
  const inDatabase = { confirmed: await countOf('confirmed'), waitlisted: await countOf('waitlisted'), total: await countOf() }
  const emails = await settledMailCount(mail)

  // 5. The size dimension: the same reads as the catalogue grows (the figures at the first size are for comparing, the read table above is the one to quote).
  const sizes = args.offerings.split(',').map(Number).filter((size) => Number.isInteger(size) && size > 0).sort((a, b) => a - b)
  const sizeOptions: ReadLoadOptions = { connections: readOptions.connections, durationSeconds: Number(args['size-duration']), warmupSeconds: 1 }
  const [location] = (await admin.get<{ docs: { id: number | string }[] }>('/api/locations?depth=0&limit=1&sort=createdAt')).docs
  const sizeTargets = { listing: listingPath, detail: apiPaths.offering(listing.items[0]!.slug), page: '/kurs' }
  const bySize: SizeFigure[] = []
  let published = listing.totalItems
  for (const size of sizes) {
    if (size > published) {
      log(`growing the catalogue from ${published} to ${size} published offerings`)
      const growStarted = performance.now()
      published += await growCatalogue(admin, { from: published, total: size, location: location!.id, onProgress: (done) => done % 400 === 0 && log(`  ${done}`) })
      log(`  grown in ${((performance.now() - growStarted) / 1000).toFixed(0)} s`)
    }
    log(`reading the listing, a detail and /kurs at ${published} offerings`)
    bySize.push(await measureAtSize(app.url, published, sizeTargets, sizeOptions))
  }

  await cleanUp()
  cms = undefined

  const report: BenchReport = {
    machine,
    database: database.kind === 'sqlite' ? `SQLite (WAL, synchronous=${(process.env.KK_SQLITE_SYNC || 'normal').trim().toLowerCase()}: see KK_SQLITE_SYNC; one file in /tmp)` : database.label,
    buildId,
    offerings: listing.totalItems,
    read: { options: readOptions, catalogue, rest, staticFile, staticMatchesListing },
    signups: {
      ...signups.result,
      capacity: seeded.signupSession.capacity,
      inDatabase,
      emails,
      rateLimit:
        "on, as the CMS configures it: it trusts no proxy, so clients are told apart by the site they post from, " +
        `600 sign-ups a minute per site, counted in the database. All ${requests} come from one registered site (${signupOrigin}), ` +
        'so every request pays for the counter and none is over the limit (a refusal would show above as `429 rate-limited`).',
      memory: { peaks: signups.peaks, exact: signups.exact },
    },
    render: { entries: listSize, runs, widget: widget!, plain: plain!, memory: { peaks: rendered.peaks, exact: rendered.exact } },
    sizes: { options: sizeOptions, targets: sizeTargets, figures: bySize },
    benchSeconds: (performance.now() - started) / 1000,
    loadAverageAtEnd: Math.round(loadavg()[0]! * 100) / 100,
  }
  const text = formatReport(report)
  process.stdout.write(`\n${text}\n`)
  if (!args['no-write']) {
    const file = join(repoRoot, 'BENCHMARKS.md')
    await writeBenchmarksFile(file, text)
    log(`wrote ${file}`)
  }
}

main().catch(async (error: unknown) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  if (cms) process.stderr.write(`[bench] the CMS's last output:\n${cms.output().slice(-4000)}\n`)
  await cleanUp().catch(() => undefined)
  process.exit(1)
})
