// Builds src/kurskatalog.ts to dist/: one ES module entry plus lazily loaded chunks.
import * as esbuild from 'esbuild'
import { rm } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

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
  sourcemap: 'linked',
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
}

export async function build() {
  await rm(new URL('../dist', import.meta.url), { recursive: true, force: true })
  return esbuild.build(buildOptions)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = await build()
  const files = Object.keys(result.metafile.outputs).filter((file) => file.endsWith('.js'))
  console.log(`built ${files.length} files into widgets/dist`)
}
