// Size budgets, measured on the minified build and gzipped file by file (as a browser downloads them).
//   list only: what a page with just <kk-course-list> downloads before anyone opens a course or form.
//   everything: every file in dist.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from './build.mjs'

// everything: 24 KB plus the measured cost of the leader's-email field (issue 9, item 4): 24,567 → 24,710 B gzip on
// this build, after the savings that field's commit found; the list-only budget stands without exception.
export const budgets = { listOnly: 14 * 1024, everything: 24 * 1024 + 143 }

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

/** One budget's verdict: ok, and a name that says what was checked. */
export function judge(name, size, budget) {
  if (size <= budget) return { name: `${name} ${kb(size)} gzip ≤ ${kb(budget)}`, ok: true, size, budget }
  return { name: `${name} ≤ ${kb(budget)} gzip`, ok: false, size, budget, message: `${size} bytes gzip, over the budget of ${budget} bytes` }
}

export const judgeAll = (sizes) => [judge('list-only first load', sizes.listOnly, budgets.listOnly), judge('everything', sizes.everything, budgets.everything)]

const root = fileURLToPath(new URL('..', import.meta.url))

/** The files a browser fetches for an entry: it and everything it imports statically, transitively. */
function staticClosure(outputs, start) {
  const seen = new Set()
  const visit = (file) => {
    if (seen.has(file)) return
    seen.add(file)
    for (const { path, kind } of outputs[file]?.imports ?? []) if (kind === 'import-statement') visit(path)
  }
  visit(start)
  return seen
}

export async function measure() {
  const { metafile } = await build()
  const outputs = metafile.outputs
  const js = Object.keys(outputs).filter((file) => file.endsWith('.js'))
  const gzip = new Map()
  const bytes = new Map()
  for (const file of js) {
    const content = await readFile(join(root, file))
    bytes.set(file, content.length)
    gzip.set(file, gzipSync(content, { level: 9 }).length)
  }
  const entry = js.find((file) => outputs[file].entryPoint === 'src/kurskatalog.ts')
  const list = js.find((file) => outputs[file].entryPoint === 'src/components/course-list/kk-course-list.ts')
  if (!entry || !list) throw new Error('entry or list chunk not found in the build')
  const listOnlyFiles = new Set([...staticClosure(outputs, entry), ...staticClosure(outputs, list)])
  const sum = (files) => [...files].reduce((total, file) => total + (gzip.get(file) ?? 0), 0)
  // A page speaks one language: of the nynorsk and English files it fetches at most one.
  const locales = js.filter((file) => /\/(nn|en)-[A-Z0-9]+\.js$/.test(file)).map((file) => gzip.get(file) ?? 0)
  const onePage = sum(js) - (locales.length > 1 ? Math.min(...locales) : 0)
  return {
    onePage,
    files: js.map((file) => ({ file, bytes: bytes.get(file), gzip: gzip.get(file), listOnly: listOnlyFiles.has(file) })),
    listOnly: sum(listOnlyFiles),
    everything: sum(js),
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await measure()
  console.log('widgets bundle (minified → gzip; * = loaded by a list-only page)')
  for (const { file, bytes, gzip, listOnly } of result.files.sort((a, b) => b.gzip - a.gzip)) {
    console.log(`  ${listOnly ? '*' : ' '} ${file.padEnd(40)} ${kb(bytes).padStart(9)} → ${kb(gzip).padStart(8)}`)
  }
  console.log(`     (everything one page can fetch, in one language: ${kb(result.onePage)} gzip)`)
  const verdicts = judgeAll(result)
  for (const { name, ok, size, budget } of verdicts) console.log(`${ok ? 'ok  ' : 'FAIL'} ${name} (${size} bytes; budget ${budget} bytes)`)
  if (verdicts.some((v) => !v.ok)) process.exit(1)
}
