// Size budgets, measured on the minified build and gzipped file by file (as a browser downloads them).
//   list only: what a page with just <kk-course-list> downloads before anyone opens a course or form.
//   everything: every file in dist.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from './build.mjs'

export const budgets = { listOnly: 14 * 1024, everything: 24 * 1024 }

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
  for (const file of js) gzip.set(file, gzipSync(await readFile(join(root, file)), { level: 9 }).length)
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
    files: js.map((file) => ({ file, bytes: outputs[file].bytes, gzip: gzip.get(file), listOnly: listOnlyFiles.has(file) })),
    listOnly: sum(listOnlyFiles),
    everything: sum(js),
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await measure()
  console.log('widgets bundle (minified → gzip; * = loaded by a list-only page)')
  for (const { file, bytes, gzip, listOnly } of result.files.sort((a, b) => b.gzip - a.gzip)) {
    console.log(`  ${listOnly ? '*' : ' '} ${file.padEnd(40)} ${kb(bytes).padStart(9)} → ${kb(gzip).padStart(8)}`)
  }
  const rows = [
    ['list-only first load', result.listOnly, budgets.listOnly],
    ['everything', result.everything, budgets.everything],
  ]
  console.log(`     (everything one page can fetch, in one language: ${kb(result.onePage)} gzip)`)
  let failed = false
  for (const [name, size, budget] of rows) {
    const ok = size <= budget
    failed ||= !ok
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(22)} ${kb(size).padStart(8)} gzip = ${size} bytes (budget ${kb(budget)} = ${budget} bytes)`)
  }
  if (failed) process.exit(1)
}
