// Builds src/kurskatalog.ts to dist/: one ES module entry plus lazily loaded chunks.
import * as esbuild from 'esbuild'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { minify } from 'terser'
import { compactHtmlTemplates } from './compact-templates.mjs'
import { manglableTextKeys } from './text-keys.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))

// The components' templates lose their indentation and line breaks; esbuild's minifier leaves template literals
// alone. css`…` blocks (static text, no interpolations, in *.styles.ts) are compacted further: no space around
// punctuation (calc's / and * need none), no last semicolon, no leading zero, no quotes around a word in an
// attribute selector, and the private custom properties by their short names (`privateProperties`). html`…`
// templates as compact-templates.mjs says. Tests run on the untouched sources.
export function compactCss(body, privateNames = new Map()) {
  return body
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>/*]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .replace(/(?<![\w.])0\.(?=\d)/g, '.')
    .replace(/='([\w-]+)'\]/g, '=$1]')
    .replace(/--_[\w-]+/g, (name) => privateNames.get(name) ?? name)
    .trim()
}

/**
 * The components' private custom properties (`--_primary`: each `--kk-*` token as one component reads it) are
 * declared once, on :host in base.styles.ts, and read in every stylesheet; no page sets or reads them. In the build
 * each gets a one-letter name, in the order they are declared: `--_a`, `--_b`, …
 */
export function privateProperties(baseStyles) {
  const declared = [...new Set([...baseStyles.matchAll(/(--_[\w-]+):/g)].map(([, name]) => name))]
  if (declared.length > 26) throw new Error('more private custom properties than letters; give them two')
  return new Map(declared.map((name, index) => [name, `--_${String.fromCharCode(97 + index)}`]))
}

const compactTemplates = {
  name: 'compact-templates',
  setup(build) {
    const names = readFile(join(root, 'src/shared/base.styles.ts'), 'utf8').then(privateProperties)
    build.onLoad({ filter: /[/\\]src[/\\].*\.ts$/ }, async ({ path }) => {
      let contents = await readFile(path, 'utf8')
      if (/\.styles\.ts$/.test(path)) {
        const privateNames = await names
        contents = contents.replace(/css`([^`$]*)`/g, (_, body) => `css\`${compactCss(body, privateNames)}\``)
      }
      // A long name left over (in a css`…` with an interpolation, or outside a stylesheet) would read a property nobody sets.
      const unshortened = contents.match(/--_[\w-]{2,}/)
      if (unshortened) throw new Error(`${path}: ${unshortened[0]} is not shortened; private custom properties belong in static css\`…\` blocks`)
      return { contents: compactHtmlTemplates(contents, path), loader: 'ts' }
    })
  },
}

export const buildOptions = {
  absWorkingDir: root,
  entryPoints: { kurskatalog: 'src/kurskatalog.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  chunkNames: '[name]-[hash]',
  legalComments: 'none',
  // Module scripts are always decoded as UTF-8; escaping æøå would only make the files bigger.
  charset: 'utf8',
  metafile: true,
  plugins: [compactTemplates],
  // Maps for whoever debugs, without a sourceMappingURL line in every file each visitor downloads.
  sourcemap: 'external',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
}

// Terser after esbuild, with its safe defaults: its compress passes find what esbuild's single pass leaves (about
// 630 B gzip on the whole bundle with two passes, 7 B more with a third; Lit's own production advice is Terser too).
// Source maps are carried through.
const terserOptions = {
  module: true,
  ecma: 2022,
  compress: { passes: 3 },
  format: { ascii_only: false, comments: false },
}

async function polish(file) {
  const path = join(root, file)
  const map = JSON.parse(await readFile(`${path}.map`, 'utf8'))
  const { code, map: polishedMap } = await minify(await readFile(path, 'utf8'), {
    ...terserOptions,
    sourceMap: { content: map, filename: file.split('/').pop() },
  })
  await writeFile(path, code)
  await writeFile(`${path}.map`, polishedMap)
}

/** The one chunk every element's module imports (transitively), by file name. */
function sharedChunk(outputs, modules) {
  const closure = (start, seen = new Set()) => {
    if (seen.has(start)) return seen
    seen.add(start)
    for (const { path, kind } of outputs[start]?.imports ?? []) if (kind === 'import-statement') closure(path, seen)
    return seen
  }
  const perElement = Object.values(modules).map((module) => {
    const chunk = chunkOf(outputs, module)
    return [...closure(chunk)].filter((file) => file !== chunk)
  })
  const shared = perElement[0].filter((file) => perElement.every((files) => files.includes(file)))
  if (shared.length !== 1) throw new Error(`the entry preloads one chunk every element imports; the build made ${shared.length}`)
  return `./${shared[0].split('/').pop()}`
}

/** The built file of a source module that was built as an entry point. */
function chunkOf(outputs, module) {
  const chunk = Object.keys(outputs).find((file) => outputs[file].entryPoint === module)
  if (!chunk) throw new Error(`no chunk built from ${module}`)
  return chunk
}

/** Which source module each element's loader imports, read from src/elements.ts, the one home of that fact. */
export async function elementModules() {
  const source = await readFile(join(root, 'src/elements.ts'), 'utf8')
  const loaders = [...source.matchAll(/'(kk-[\w-]+)': \(\) => import\('\.\/([\w/-]+)\.js'\)/g)]
  if (loaders.length === 0) throw new Error('no element loaders found in src/elements.ts')
  return Object.fromEntries(loaders.map(([, element, module]) => [element, `src/${module}.ts`]))
}

export async function build() {
  await rm(new URL('../dist', import.meta.url), { recursive: true, force: true })
  // Two builds. First the elements' modules and the chunks they share: code split as the elements need it. Then the
  // entry, bundled alone, so it waits for no chunk before it runs: it names the elements' built modules and the
  // shared chunk, and carries its own copy of the little it shares with them (the list's early request).
  const modules = await elementModules()
  const elementEntries = [...new Set(Object.values(modules))]
  // Which text keys may be shortened depends on every file the elements are built from (text-keys.mjs): a first,
  // unwritten build lists them. Both builds then shorten the same keys to the same names.
  const probe = await esbuild.build({ ...buildOptions, entryPoints: elementEntries, write: false, minify: false, sourcemap: false })
  const { mangled } = await manglableTextKeys(Object.keys(probe.metafile.inputs))
  const mangle = mangled.length ? { mangleProps: new RegExp(`^(?:${mangled.join('|')})$`) } : {}
  const chunks = await esbuild.build({ ...buildOptions, ...mangle, mangleCache: {}, entryPoints: elementEntries, entryNames: '[name]-[hash]' })
  const builtName = new Map(Object.values(modules).map((module) => [join(root, module), `./${chunkOf(chunks.metafile.outputs, module).split('/').pop()}`]))
  const shared = sharedChunk(chunks.metafile.outputs, modules)
  const builtModules = {
    name: 'built-modules',
    setup(build) {
      // Every import() in the entry names a built file; one that does not would be bundled into the entry itself.
      build.onResolve({ filter: /.*/ }, ({ path, resolveDir, kind }) => {
        if (kind !== 'dynamic-import') return undefined
        const built = path === shared ? shared : builtName.get(join(resolveDir, path.replace(/\.js$/, '.ts')))
        return built ? { path: built, external: true } : { errors: [{ text: `the entry imports ${path}, which is no element's built module` }] }
      })
    },
  }
  const entry = await esbuild.build({
    ...buildOptions,
    splitting: false,
    ...mangle,
    mangleCache: chunks.mangleCache,
    plugins: [...buildOptions.plugins, builtModules],
    define: { KK_SHARED_CHUNK: JSON.stringify(shared) },
  })
  const outputs = { ...chunks.metafile.outputs, ...entry.metafile.outputs }
  await Promise.all(Object.keys(outputs).filter((file) => file.endsWith('.js')).map(polish))
  return { metafile: { inputs: { ...chunks.metafile.inputs, ...entry.metafile.inputs }, outputs }, mangleCache: entry.mangleCache }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await build()
  const files = Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js'))
  console.log(`built ${files.length} files into widgets/dist`)
}
