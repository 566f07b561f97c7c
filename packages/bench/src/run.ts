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
import { groupRss, measurePeakRss } from './processMemory.js'
import { runReadLoad, warmUp, type ReadLoadOptions } from './readLoad.js'
import { formatReport, listingAnswered, listingAsked, widgetScriptIn, type BenchReport, type MemoryReading, type ReadFigure } from './report.js'
import { growCatalogue } from './growCatalogue.js'
import { measureCompression } from './compressionLoad.js'
import { addSignupSession, seedBenchCatalogue } from './seedCatalogue.js'
import { measureAtSize, type SizeFigure } from './sizeLoad.js'
import { signupOutcome } from './signupOutcome.js'
import { runSignupLoad, sendSignupBurst, summariseSignupBursts } from './signupLoad.js'
import { widgetChunkPaths, widgetEntryPath } from './widgetChunks.js'
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
// Registered sites of the demo agencies (KK_DEMO_ORIGINS): the only kind of origin writes are taken from. The rate
// limit counts per site and minute (600), so the one-instance burst posts from the first and the two-instance burst
// from the other two, one to each instance: no site sends more than --signups, and no two bursts share a count.
const signupOrigin = 'http://127.0.0.1:4000'
const twoInstanceOrigins = ['http://127.0.0.1:4001', 'http://127.0.0.1:4002'] as const
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
let second: BuiltCms | undefined
let database: CmsDatabase | undefined
let mail: MailSink | undefined

async function cleanUp(): Promise<void> {
  await Promise.all([cms?.stop(), second?.stop()])
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

const rateLimitText =
  "on, as the CMS configures it: it trusts no proxy, so clients are told apart by the site they post from, 600 sign-ups a minute per site, counted in the database. "

async function main(): Promise<void> {
  const started = performance.now()
  ensureCmsBuilt(cmsDir, log)
  const buildId = builtCmsId(cmsDir)
  const machine = describeMachine()
  await removeBenchPages(cmsDir)

  mail = await startMailSink()
  database = args.database === 'mongodb' ? await cmsMongoDatabase() : await cmsSqliteDatabase({ prefix: 'kk-bench-' })
  if (database.isJongodb) log('MongoDB here is jongodb, an in-memory test server: its figures say nothing about a real MongoDB.')
  const env = { KK_DEMO_ORIGINS: [signupOrigin, ...twoInstanceOrigins].join(','), SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.smtpPort) }

  // 1. Seed through the REST API as an editor would, then take the listing's and a detail's bytes for the static files.
  log(`starting the CMS on ${database.label} (first start: migrations and the demo seed)`)
  cms = await startBuiltCms({ database, env, cmsDir })
  const seeded = await seedBenchCatalogue(await loginAsAdmin(cms.url, demoAdmin), { courses: addedCourses, signupCapacity: seatsForSignups })
  log(`added ${seeded.coursesAdded} courses and ${seeded.sessionsAdded} sessions`)
  const listingPath = `${apiPaths.offerings}?limit=${listSize}`
  const listingText = await fetchText(cms.url + listingPath)
  const listing = JSON.parse(listingText) as OfferingListResponse
  if (listing.items.length !== listSize) throw new Error(`The listing has ${listing.items.length} entries, not ${listSize}.`)
  // The detail read: the listing's first course, in the catalogue and in Payload's REST (its own detail, depth 1).
  const detailCourse = listing.items.find((item) => item.kind === 'course')
  if (!detailCourse) throw new Error('The listing has no course.')
  const detailPath = apiPaths.offering(detailCourse.slug)
  const detailText = await fetchText(cms.url + detailPath)
  const restCourse = JSON.parse(await fetchText(`${cms.url}/api/courses?depth=0&limit=1&where[slug][equals]=${encodeURIComponent(detailCourse.slug)}`)) as {
    docs: { id: number | string }[]
  }
  if (!restCourse.docs[0]) throw new Error(`Payload REST has no course ${detailCourse.slug}.`)
  const restDetailPath = `/api/courses/${restCourse.docs[0].id}?depth=1`
  await writeBenchPages(cmsDir, { listingJson: listingText, detailJson: detailText, plainList: plainListHtml(listing), widgetHost: widgetHostHtml(listSize) })

  // 2. A fresh server on the same database: Next serves the public files that exist when it starts,
  // and the measured process carries no memory from the seeding.
  await cms.stop()
  log('restarting the CMS with the bench files in public/bench/')
  cms = await startBuiltCms({ database, env, cmsDir })
  const app = cms
  const staticMatches = {
    listing: (await fetchText(app.url + benchPaths.listingJson)) === (await fetchText(app.url + listingPath)),
    detail: (await fetchText(app.url + benchPaths.detailJson)) === (await fetchText(app.url + detailPath)),
  }

  const readTarget = async (label: string, path: string, options = readOptions): Promise<ReadFigure> => {
    log(`reading ${path}: ${options.warmupSeconds} s warm-up, ${options.durationSeconds} s measured, ${options.connections} connections`)
    const bodyBytes = Buffer.byteLength(await fetchText(app.url + path))
    let memory: MemoryReading = { peaks: [], exact: false }
    const figures = await runReadLoad(app.url + path, options, async (load) => {
      const measured = await measurePeakRss(app.pid, load)
      memory = { peaks: measured.peaks, exact: measured.exact }
      return measured.result
    })
    return { label, path, bodyBytes, memory, ...figures }
  }
  // The catalogue's own reads first, on the fresh process: their warm-up, the memory it then holds, and the peak under them.
  log(`warming up the catalogue's listing and detail: ${readOptions.warmupSeconds} s each`)
  await warmUp(app.url + listingPath, readOptions)
  await warmUp(app.url + detailPath, readOptions)
  const afterWarmupBytes = groupRss(app.pid)
  const warmed = { ...readOptions, warmupSeconds: 0 }
  const catalogueListing = await readTarget('Catalogue API, listing', listingPath, warmed)
  const catalogueDetail = await readTarget('Catalogue API, detail', detailPath, warmed)
  const peakOf = (memory: MemoryReading) => memory.peaks.reduce((sum, peak) => sum + peak.peakRssBytes, 0)
  const readMemory = {
    afterWarmupBytes,
    peakBytes: Math.max(peakOf(catalogueListing.memory), peakOf(catalogueDetail.memory)),
    exact: catalogueListing.memory.exact && catalogueDetail.memory.exact,
  }
  const read: BenchReport['read'] = {
    options: readOptions,
    listing: {
      catalogue: catalogueListing,
      rest: await readTarget('Payload REST, listing', `/api/courses?depth=1&limit=${listSize}`),
      staticFile: await readTarget('Static file, listing', benchPaths.listingJson),
    },
    detail: {
      catalogue: catalogueDetail,
      rest: await readTarget('Payload REST, detail', restDetailPath),
      staticFile: await readTarget('Static file, detail', benchPaths.detailJson),
    },
    staticMatches,
  }

  // 2b. Compression: what the server sends a client that accepts gzip and brotli, and what it costs.
  const shortOptions: ReadLoadOptions = { connections: readOptions.connections, durationSeconds: Number(args['size-duration']), warmupSeconds: 1 }
  const chunks = widgetChunkPaths(await fetchText(app.url + widgetEntryPath))
  log(`reading the listing, /kurs, the widget's entry and its ${chunks.length} chunks without and with Accept-Encoding: gzip, br`)
  const compression = {
    options: shortOptions,
    figures: await measureCompression(
      app.url,
      [
        { label: 'Listing JSON', path: listingPath },
        { label: '`/kurs` HTML', path: '/kurs' },
        { label: 'Widget entry', path: widgetEntryPath },
        ...chunks.map((path) => ({ label: 'Widget chunk', path })),
      ],
      shortOptions,
    ),
  }

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
            [widgetScriptIn]: { urlPart: widgetEntryPath, at: 'answered' },
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

  // 4. Sign-ups, all at once, to one instance.
  const requests = Number(args.signups)
  log(`${requests} sign-ups at once for ${seeded.signupSession.capacity} seats`)
  await mail.clear()
  const signups = await measurePeakRss(app.pid, () =>
    runSignupLoad(app.url, { sessionId: seeded.signupSession.id, origin: signupOrigin, requests, timeoutSeconds: 300 }),
  )
  const admin = await loginAsAdmin(app.url, demoAdmin)
  const oneInstance = await signupOutcome(admin, seeded.signupSession.id, mail)

  // 4b. Twice as many over two instances on the same database, for a new session of as many seats: a second
  // CMS process of the same build, read-warmed as the first was, and both bursts sent at the same moment.
  log('starting a second CMS process on the same database')
  second = await startBuiltCms({ database, env, cmsDir })
  const other = second
  await warmUp(other.url + listingPath, readOptions)
  const twoSession = await addSignupSession(admin, seeded)
  log(`${requests} sign-ups at once to each of two instances for ${seeded.signupSession.capacity} seats`)
  await mail.clear()
  const overTwo = await measurePeakRss(app.pid, () =>
    measurePeakRss(other.pid, () =>
      Promise.all(
        [app, other].map((instance, index) =>
          sendSignupBurst(instance.url, { sessionId: twoSession, origin: twoInstanceOrigins[index]!, requests, timeoutSeconds: 300 }),
        ),
      ),
    ),
  )
  const twoInstances = await signupOutcome(admin, twoSession, mail)
  await other.stop()
  second = undefined
  const named = (instance: string, peaks: MemoryReading['peaks']) => peaks.map((peak) => ({ ...peak, name: `${instance} pid ${peak.pid}` }))

  // 5. The size dimension: the same reads as the catalogue grows (the figures at the first size are for comparing, the read table above is the one to quote).
  const sizes = args.offerings.split(',').map(Number).filter((size) => Number.isInteger(size) && size > 0).sort((a, b) => a - b)
  const sizeOptions: ReadLoadOptions = { connections: readOptions.connections, durationSeconds: Number(args['size-duration']), warmupSeconds: 1 }
  const sizeTargets = { listing: listingPath, detail: detailPath, page: '/kurs' }
  const bySize: SizeFigure[] = []
  let published = listing.totalItems
  for (const size of sizes) {
    if (size > published) {
      log(`growing the catalogue from ${published} to ${size} published offerings`)
      const growStarted = performance.now()
      published += await growCatalogue(admin, { from: published, total: size, location: seeded.signupSession.location, onProgress: (done) => done % 400 === 0 && log(`  ${done}`) })
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
    read,
    readMemory,
    compression,
    signups: {
      ...signups.result,
      ...oneInstance,
      instances: 1,
      capacity: seeded.signupSession.capacity,
      rateLimit:
        rateLimitText +
        `All ${requests} come from one registered site (${signupOrigin}), so every request pays for the counter and none is over the limit (a refusal would show above as \`429 rate-limited\`).`,
      memory: { peaks: signups.peaks, exact: signups.exact },
    },
    signupsOverTwo: {
      ...summariseSignupBursts(overTwo.result.result),
      ...twoInstances,
      instances: 2,
      capacity: seeded.signupSession.capacity,
      rateLimit:
        rateLimitText +
        `${requests} come from ${twoInstanceOrigins[0]} to the first instance and ${requests} from ${twoInstanceOrigins[1]} to the second: two more registered sites, so no site sends more than ${requests} and neither shares a count with the one-instance burst's site.`,
      memory: { peaks: [...named('first', overTwo.peaks), ...named('second', overTwo.result.peaks)], exact: overTwo.exact && overTwo.result.exact },
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
