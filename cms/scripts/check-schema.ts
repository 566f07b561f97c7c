// The schema-drift check, run by `payload run` (see package.json's check:schema): (a) the latest migration's
// snapshot in src/migrations has everything the config's SQLite schema has, i.e. `payload migrate:create` would
// find nothing to add; (b) src/payload-types.ts is what `payload generate:types` writes for the config.
// Needs no database server and no network: the SQLite adapter is built but never connected, and nothing in
// the repository is written. Reports to test-results/schema.xml, one test case for each.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { getPayload } from 'payload'
import { generateTypes } from 'payload/node'
import { writeJUnit } from '../../.ci/junit.mjs'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const migrationsDir = path.join(cmsDir, 'src', 'migrations')
const typesFile = path.join(cmsDir, 'src', 'payload-types.ts')
const scratch = mkdtempSync(path.join(tmpdir(), 'kk-schema-'))

// The committed migrations and types are SQLite's (numeric ids), whatever the developer's .env says.
delete process.env.DATABASE_URI
process.env.SQLITE_PATH = path.join(scratch, 'never-opened.db')
process.env.PAYLOAD_SECRET ||= 'schema-drift-check'
process.env.KK_SEED = 'false'

// Any secret does for these two commands (they sign nothing); DATABASE_URI must be unset, so that it is SQLite's schema.
const fix = {
  migrations: 'PAYLOAD_SECRET=dev pnpm --filter @kurskatalog/cms payload migrate:create <name>',
  types: 'PAYLOAD_SECRET=dev pnpm --filter @kurskatalog/cms payload generate:types',
}
const howToRun = '(DATABASE_URI unset, so that it is the SQLite schema), and commit what it writes.'

type Case = { name: string; seconds: number; failure?: string }

/** Mirrors `createMigration` in @payloadcms/drizzle's buildCreateMigration.js, without writing a file. */
async function checkMigrations(db: SQLiteAdapter): Promise<string | undefined> {
  const files = readdirSync(migrationsDir)
  const latestSnapshot = files.filter((file) => file.endsWith('.json')).sort().reverse()[0]
  const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
  const after = await generateDrizzleJson(db.schema)
  let before = latestSnapshot ? JSON.parse(readFileSync(path.join(migrationsDir, latestSnapshot), 'utf8')) : db.defaultDrizzleSnapshot
  if (upSnapshot && before.version < after.version) before = upSnapshot(before)
  const up: string[] = await generateMigration(before, after)
  const down: string[] = await generateMigration(after, before)
  if (up.length > 0 || down.length > 0) {
    return [
      `No migration makes ${up.length} schema change(s) the config has, so \`next start\` never applies them. Fix: ${fix.migrations}`,
      `  ${howToRun} Compared with the latest snapshot, ${latestSnapshot ?? '(none)'}:`,
      ...up.slice(0, 15).map((statement) => `  ${statement.replace(/\s+/g, ' ').trim()}`),
      ...(up.length > 15 ? [`  … and ${up.length - 15} more`] : []),
    ].join('\n')
  }
  // `next start` runs what index.ts lists, not what the folder holds.
  const index = readFileSync(path.join(migrationsDir, 'index.ts'), 'utf8')
  const unlisted = files
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts')
    .map((file) => file.slice(0, -'.ts'.length))
    .filter((name) => !index.includes(`name: '${name}'`))
  if (unlisted.length > 0) {
    return `cms/src/migrations/index.ts does not list ${unlisted.join(', ')}, so \`next start\` never runs it. Fix: list it there (migrate:create writes the index).`
  }
  return undefined
}

async function checkTypes(config: Parameters<typeof generateTypes>[0]): Promise<string | undefined> {
  const generated = path.join(scratch, 'payload-types.ts')
  process.env.PAYLOAD_TS_OUTPUT_PATH = generated
  await generateTypes(config, { log: false })
  if (readFileSync(generated, 'utf8') === readFileSync(typesFile, 'utf8')) return undefined
  const diff = spawnSync('diff', ['-u', '--label', 'cms/src/payload-types.ts', '--label', 'generated', typesFile, generated], { encoding: 'utf8' })
  const lines = (diff.stdout || '').split('\n').slice(2).filter((line) => /^[-+]/.test(line))
  return [
    `cms/src/payload-types.ts is not what the config generates. Fix: ${fix.types}`,
    `  ${howToRun} The differences:`,
    ...lines.slice(0, 15).map((line) => `  ${line}`),
    ...(lines.length > 15 ? [`  … and ${lines.length - 15} more changed lines`] : []),
  ].join('\n')
}

async function timed(name: string, check: () => Promise<string | undefined>): Promise<Case> {
  const started = performance.now()
  let failure: string | undefined
  try {
    failure = await check()
  } catch (error) {
    failure = `The check could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
  }
  return { name, seconds: (performance.now() - started) / 1000, ...(failure === undefined ? {} : { failure }) }
}

// On Node 20 a module graph with lexical's top-level `await import()` can drop its promise; `payload run` then
// ends quietly with code 0 before this script has checked anything. Never let that pass for a green check.
let reported = false
process.on('exit', () => {
  if (reported) return
  writeJUnit('schema', [{ name: 'the schema-drift check ran to its end', seconds: 0, failure: 'The process ended before the check finished: on Node 20 a top-level await in lexical\'s entry points can be dropped; check:schema runs with NODE_OPTIONS=--conditions=development to avoid it.' }])
  console.error('schema: the process ended before the check finished')
  process.exitCode = 1
})

const started = performance.now()
const config = await (await import('../src/payload.config.js')).default
// As `payload migrate:create` does: the adapter is built (so is its schema), never connected, no onInit.
// Outside production, init would also start `payload generate:types` in a child process that rewrites
// src/payload-types.ts, mending the very drift this looks for: turn that off.
const payload = await getPayload({
  config: { ...config, typescript: { ...config.typescript, autoGenerate: false } },
  disableDBConnect: true,
  disableOnInit: true,
})
const cases = [
  await timed('migrations match the config (migrate:create finds nothing)', () => checkMigrations(payload.db as unknown as SQLiteAdapter)),
  await timed('payload-types.ts is current (generate:types changes nothing)', () => checkTypes(config)),
]
rmSync(scratch, { recursive: true, force: true })
writeJUnit('schema', cases)
reported = true
for (const testCase of cases) console.log(`${testCase.failure ? 'FAIL' : 'ok  '} ${testCase.name}${testCase.failure ? `\n${testCase.failure}` : ''}`)
console.log(`schema: ${cases.filter((c) => !c.failure).length} of ${cases.length} in sync (${((performance.now() - started) / 1000).toFixed(1)} s)`)
process.exit(cases.some((testCase) => testCase.failure) ? 1 : 0)
