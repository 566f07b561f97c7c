// Build step: the text tables' keys (`loadingCourses`, `sessionUnavailable`, …) are names only the widgets' own code
// reads, yet every language's file repeats each of them in full. esbuild's mangleProps shortens the ones that are
// provably nothing else: a key is left as written if anything outside a text table could mean that property —
// the browser's or JavaScript's own APIs (TypeScript's lib files), the API's fields (packages/contract), Lit, or
// widget code that names it otherwise than by reading a text (`t.key`), for instance a request body or a string
// used as a key. One build mangles all chunks the same way; the entry's build gets the same names (mangleCache).
import { readdir, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = fileURLToPath(new URL('..', import.meta.url))

async function filesUnder(directory, test) {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true })
  return entries.filter((entry) => entry.isFile() && test(entry.name)).map((entry) => join(entry.parentPath, entry.name))
}

const isTableFile = (file) => /\.texts\.ts$/.test(file) || /[/\\]locales[/\\][\w-]+\.ts$/.test(file)
const parse = (file, source) =>
  ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, /\.tsx?$/.test(file) ? ts.ScriptKind.TS : ts.ScriptKind.JS)

/** The keys of each bokmål table (`const nb = { … }` in a *.texts.ts file): the complete list of text keys. */
export function tableKeys(file, source) {
  const keys = []
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'nb' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
      for (const property of node.initializer.properties) if (property.name && ts.isIdentifier(property.name)) keys.push(property.name.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(parse(file, source))
  return keys
}

/** Every identifier and string in a file, comments left out: what "this file may name the property" means elsewhere. */
export function namesIn(file, source) {
  const names = new Set()
  const visit = (node) => {
    if (ts.isIdentifier(node) || ts.isStringLiteralLike(node)) names.add(node.text)
    ts.forEachChild(node, visit)
  }
  visit(parse(file, source))
  return names
}

/**
 * The names a widget source uses other than as a text: anything but a member read (`t.key`), a key written in a text
 * table (`key: '…'` in a *.texts.ts or locales file) or a member of a type (erased).
 */
export function otherUsesIn(file, source) {
  const names = new Set()
  const table = isTableFile(file)
  const visit = (node) => {
    const parent = node.parent
    if (ts.isIdentifier(node)) {
      const read = ts.isPropertyAccessExpression(parent) && parent.name === node
      const written = table && ts.isPropertyAssignment(parent) && parent.name === node
      const typed = (ts.isPropertySignature(parent) || ts.isMethodSignature(parent)) && parent.name === node
      if (!read && !written && !typed) names.add(node.text)
    } else if (ts.isStringLiteralLike(node) && !ts.isLiteralTypeNode(parent) && !ts.isImportDeclaration(parent) && !ts.isExportDeclaration(parent)) {
      names.add(node.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(parse(file, source))
  return names
}

/** Every identifier TypeScript's lib files declare: the browser's and JavaScript's own property names. */
async function platformNames() {
  const lib = dirname(createRequire(import.meta.url).resolve('typescript'))
  const names = new Set()
  for (const file of await filesUnder(lib, (name) => /^lib\..*\.d\.ts$/.test(name))) {
    for (const [word] of (await readFile(file, 'utf8')).matchAll(/[A-Za-z_$][\w$]*/g)) names.add(word)
  }
  return names
}

/**
 * The text keys esbuild may shorten, and why each other one stays. `inputs`: every file the bundle is built from
 * (esbuild's metafile), Lit's included.
 */
export async function manglableTextKeys(inputs) {
  const widgetSources = await filesUnder(join(root, 'src'), (name) => name.endsWith('.ts'))
  const keys = new Set()
  for (const file of widgetSources.filter((file) => /\.texts\.ts$/.test(file))) for (const key of tableKeys(file, await readFile(file, 'utf8'))) keys.add(key)
  const reasons = [['the platform', await platformNames()]]
  // The contract whole, not only what the bundle imports from it: the API's fields are declared in type-only files.
  const contract = new Set()
  for (const file of await filesUnder(join(root, '../packages/contract/src'), (name) => name.endsWith('.ts'))) {
    for (const name of namesIn(file, await readFile(file, 'utf8'))) contract.add(name)
  }
  reasons.push(['packages/contract', contract])
  const dependencies = new Set()
  for (const file of inputs.filter((input) => /node_modules/.test(input))) for (const name of namesIn(file, await readFile(join(root, file), 'utf8'))) dependencies.add(name)
  reasons.push(['a dependency (Lit)', dependencies])
  for (const file of widgetSources) reasons.push([relative(root, file), otherUsesIn(file, await readFile(file, 'utf8'))])
  const kept = new Map()
  for (const key of keys) {
    const reason = reasons.find(([, names]) => names.has(key))
    if (reason) kept.set(key, reason[0])
  }
  return { mangled: [...keys].filter((key) => !kept.has(key)).sort(), kept }
}
