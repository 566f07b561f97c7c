// node --test: the built entry fetches the chunk every element's module imports side by side with the element's
// own (run by scripts/test.mjs).
import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import { test } from 'node:test'
import { build, compactCss, elementModules, privateProperties } from './build.mjs'

test("the entry imports, besides each element's module, the one chunk all of them import statically, and nothing else", async () => {
  const { metafile } = await build()
  const outputs = metafile.outputs
  const fileName = (path) => `./${path.split('/').pop()}`
  const entryFile = Object.keys(outputs).find((file) => outputs[file].entryPoint === 'src/kurskatalog.ts')
  const entry = await readFile(new URL(`../${entryFile}`, import.meta.url), 'utf8')
  const byModule = await elementModules()
  assert.deepEqual(Object.keys(byModule), ['kk-course-list', 'kk-course', 'kk-signup-form', 'kk-service-request'])
  assert.deepEqual(outputs[entryFile].imports.filter(({ kind }) => kind === 'import-statement'), [], 'the entry waits for no chunk before it runs')
  const elementChunks = new Set()
  const staticImports = []
  for (const module of new Set(Object.values(byModule))) {
    const chunk = Object.keys(outputs).find((file) => outputs[file].entryPoint === module)
    elementChunks.add(fileName(chunk))
    staticImports.push(outputs[chunk].imports.filter(({ kind }) => kind === 'import-statement').map(({ path }) => fileName(path)))
  }
  // The list's chunk and the course-and-forms chunk each import Lit's chunk, and only that one.
  assert.deepEqual(staticImports.map((paths) => paths.length), [1, 1])
  assert.equal(staticImports[0][0], staticImports[1][0])
  const shared = staticImports[0][0]
  // What the built entry asks for by name: each element's chunk and the shared one, and nothing else.
  const named = new Set([...entry.matchAll(/import\("(\.\/[\w-]+\.js)"\)/g)].map(([, path]) => path))
  assert.deepEqual([...named].sort(), [...elementChunks, shared].sort())
})

test("the entry carries the list's early request and none of Lit, which stays in the chunk the elements share", async () => {
  const { metafile } = await build()
  const entryFile = Object.keys(metafile.outputs).find((file) => metafile.outputs[file].entryPoint === 'src/kurskatalog.ts')
  const inputs = Object.keys(metafile.outputs[entryFile].inputs)
  assert.ok(inputs.includes('src/components/course-list/early-listing.ts'), inputs.join(', '))
  assert.deepEqual(inputs.filter((input) => /node_modules\/\.pnpm\/(lit|@lit)/.test(input)), [])
})

test('the private custom properties get one-letter names in the order base.styles.ts declares them, in every stylesheet alike', async () => {
  const names = privateProperties(':host { --_primary: var(--kk-color-primary, #2a2859); --_primary-light: red; --_space: 1rem; }')
  assert.deepEqual([...names], [['--_primary', '--_a'], ['--_primary-light', '--_b'], ['--_space', '--_c']])
  assert.equal(compactCss('a { color: var(--_primary-light); margin: calc(var(--_space) / 2) }', names), 'a{color:var(--_b);margin:calc(var(--_c)/2)}')
  await build()
  const dist = new URL('../dist/', import.meta.url)
  const base = await readFile(new URL('../src/shared/base.styles.ts', import.meta.url), 'utf8')
  const declared = privateProperties(base)
  assert.ok(declared.size > 10, 'base.styles.ts declares the tokens')
  for (const file of (await readdir(dist)).filter((name) => name.endsWith('.js'))) {
    const code = await readFile(new URL(file, dist), 'utf8')
    assert.deepEqual(code.match(/--_[\w-]{2,}/g) ?? [], [], `long private names in ${file}`)
    // What a stylesheet reads is what :host declares.
    for (const [, letter] of code.matchAll(/var\(--_(\w)\)/g)) assert.ok([...declared.values()].includes(`--_${letter}`), `--_${letter} in ${file}`)
  }
})
