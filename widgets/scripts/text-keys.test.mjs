// node --test: the build step that shortens the text tables' keys (run by scripts/test.mjs).
import assert from 'node:assert/strict'
import { readdir, readFile } from 'node:fs/promises'
import { test } from 'node:test'
import ts from 'typescript'
import { build } from './build.mjs'
import { otherUsesIn, tableKeys } from './text-keys.mjs'

test("a table's keys are its bokmål object's, nested objects and other tables' ids left out", () => {
  const source = "const nb = { title: 'Tittel', seats: { open: 'Ledig' }, count: (n: number) => `${n}` }\nexport const t = { id: 'x', nb }"
  assert.deepEqual(tableKeys('a.texts.ts', source), ['title', 'seats', 'count'])
})

test('reading a text, writing it in a table and typing it are no other use; anything else is', () => {
  const component = [
    'const a = t.signUp + this.localize.t.offlineLink',
    'interface Texts { loadFailed: string }',
    "type Id = 'courseList'",
    'const body = { name: t.name }',
    'const { status } = task',
    "const table = { id: 'form' }",
    'class A { retry() {} }',
    '// a comment naming hideForm is no use',
  ].join('\n')
  const uses = otherUsesIn('src/components/x/x.component.ts', component)
  for (const name of ['signUp', 'offlineLink', 'loadFailed', 'courseList', 'hideForm', 't', 'localize']) assert.equal(uses.has(name), name === 't', name)
  for (const name of ['name', 'status', 'form', 'retry', 'body']) assert.ok(uses.has(name), name)
  // A key written in a text table is no use there; the same object key in a component is (a request body, say).
  assert.equal(otherUsesIn('src/locales/nn.ts', "const nn = { form: { signUp: 'Meld deg på' } }").has('signUp'), false)
  assert.equal(otherUsesIn('src/shared/form.ts', "const x = { signUp: 'Meld deg på' }").has('signUp'), true)
})

test('the build shortens the keys only texts use, in every file the same way, and keeps every name the API, the platform or Lit uses', async () => {
  const { mangleCache } = await build()
  const mangled = Object.keys(mangleCache).filter((key) => mangleCache[key] !== false)
  for (const key of ['sessionUnavailable', 'loadingCourses', 'submitUnreachable', 'requestSentBody']) assert.ok(mangled.includes(key), key)
  // API fields, request body keys and platform names that are also text keys, and the tables' ids.
  for (const key of ['name', 'agency', 'leaderEmail', 'description', 'facilitators', 'price', 'online', 'loading', 'retry', 'courseList']) {
    assert.ok(!mangled.includes(key), key)
  }
  const dist = new URL('../dist/', import.meta.url)
  const files = (await readdir(dist)).filter((file) => file.endsWith('.js'))
  const built = Object.fromEntries(await Promise.all(files.map(async (file) => [file, await readFile(new URL(file, dist), 'utf8')])))
  // As a property, read or written, none of them is left (a word in a template or a stylesheet, such as honeypot, may be).
  for (const [file, code] of Object.entries(built)) {
    const { read, written } = properties(code)
    for (const key of mangled) assert.ok(!read.has(key) && !written.has(key), `${key} in ${file}`)
  }
  // The language files still name their tables by the ids the bokmål tables carry, and each shortened key they write
  // is one the bokmål tables in the other files write too.
  const locales = files.filter((name) => /^(nn|en)-/.test(name))
  const bokmal = new Set(files.filter((name) => !locales.includes(name)).flatMap((file) => [...properties(built[file]).written]))
  const shortNames = new Set(mangled.map((key) => mangleCache[key]))
  for (const file of locales) {
    const { written } = properties(built[file])
    for (const id of ['common', 'courseList', 'course', 'form']) assert.ok(written.has(id), `${id} in ${file}`)
    for (const key of written) if (shortNames.has(key)) assert.ok(bokmal.has(key), `${key} in ${file}`)
  }
})

/** The property names a built file reads (`a.b`) and writes (`{ b: … }`). */
function properties(code) {
  const read = new Set()
  const written = new Set()
  const visit = (node) => {
    if (ts.isPropertyAccessExpression(node)) read.add(node.name.text)
    if ((ts.isPropertyAssignment(node) || ts.isMethodDeclaration(node)) && ts.isIdentifier(node.name)) written.add(node.name.text)
    if (ts.isShorthandPropertyAssignment(node)) written.add(node.name.text)
    ts.forEachChild(node, visit)
  }
  visit(ts.createSourceFile('built.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS))
  return { read, written }
}
