// node --test: the built entry preloads the chunks each element's module imports (run by scripts/test.mjs).
import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { test } from 'node:test'
import { build, elementModules } from './build.mjs'

test('the entry names, for each element, every chunk their modules import statically, and only those', async () => {
  const { metafile } = await build()
  const outputs = metafile.outputs
  const entryFile = Object.keys(outputs).find((file) => outputs[file].entryPoint === 'src/kurskatalog.ts')
  const entry = await readFile(new URL(`../${entryFile}`, import.meta.url), 'utf8')
  // Terser prints the defined JSON as one single-quoted string (chunk names hold no quotes).
  const preloads = JSON.parse(/JSON\.parse\('([^']*)'\)/.exec(entry)?.[1] ?? '{}')
  const byModule = await elementModules()
  assert.deepEqual(Object.keys(byModule), ['kk-course-list', 'kk-course', 'kk-signup-form', 'kk-service-request'])
  const alreadyLoaded = new Set(outputs[entryFile].imports.filter(({ kind }) => kind === 'import-statement').map(({ path }) => path))
  for (const [element, module] of Object.entries(byModule)) {
    const chunk = Object.keys(outputs).find((file) => outputs[file].entryPoint === module)
    const imported = outputs[chunk].imports.filter(({ kind, path }) => kind === 'import-statement' && !alreadyLoaded.has(path))
    assert.ok(imported.length > 0, `${element}'s chunk imports a chunk of its own (Lit's)`)
    assert.deepEqual([...preloads[element]].sort(), imported.map(({ path }) => `./${path.split('/').pop()}`).sort())
  }
})
