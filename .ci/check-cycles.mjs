// The cycle check: dependency-cruiser over every workspace package's src/, `import type` included
// (settings in .dependency-cruiser.cjs), written to test-results/cycles.xml with one test case per package.
// A package fails when any import cycle runs through one of its files; the message spells the cycle out.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { writeJUnit } from './junit.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const started = performance.now()

/** Every workspace package (from pnpm-workspace.yaml's globs) that has a src/ folder, as a repo-relative path. */
function packagesWithSource() {
  const workspace = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8')
  const globs = [...(/^packages:\n((?:[ \t]+-.*\n?)+)/m.exec(workspace)?.[1] ?? '').matchAll(/-\s*['"]?([^'"\s]+)/g)].map((m) => m[1])
  const dirs = globs.flatMap((glob) => {
    if (!glob.endsWith('/*')) return [glob]
    const parent = glob.slice(0, -2)
    return readdirSync(join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`)
  })
  return dirs.filter((dir) => existsSync(join(root, dir, 'package.json')) && existsSync(join(root, dir, 'src'))).sort()
}

const packages = packagesWithSource()
const cruiser = spawnSync(
  join(root, 'node_modules', '.bin', 'depcruise'),
  ['--config', '.dependency-cruiser.cjs', '--output-type', 'json', ...packages.map((dir) => `${dir}/src`)],
  { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
)

let result
try {
  result = JSON.parse(cruiser.stdout)
} catch {
  // The tool itself broke (a parse error, a bad setting): fail every package with its words.
  const failure = `dependency-cruiser did not run (exit ${cruiser.status}):\n${(cruiser.stderr || cruiser.stdout || String(cruiser.error)).trim()}`
  writeJUnit('cycles', packages.map((name) => ({ name, failure })))
  console.error(failure)
  process.exit(1)
}

// Each cycle is reported once for every edge in it; keep one, written from its alphabetically first module.
const cycles = new Map()
const typeOnlyEdges = new Set()
for (const violation of result.summary.violations) {
  if (violation.rule.name !== 'no-circular' || !violation.cycle) continue
  const path = [violation.from, ...violation.cycle.map((step) => step.name)]
  violation.cycle.forEach((step, index) => {
    if (!step.dependencyTypes.includes('type-only')) return
    typeOnlyEdges.add(`${path[index]}\n${step.name}`)
  })
  path.pop() // the walk ends where it started
  const first = path.indexOf([...path].sort()[0])
  const cycle = [...path.slice(first), ...path.slice(0, first)]
  cycles.set(cycle.join(' → '), cycle)
}

/** `a → b →(type) a`: each arrow marked when that import is `import type` only. */
const spell = (cycle) =>
  [...cycle, cycle[0]].reduce((text, file, index, files) =>
    index === 0 ? file : `${text} ${typeOnlyEdges.has(`${files[index - 1]}\n${file}`) ? '→(type)' : '→'} ${file}`, '')

const seconds = (performance.now() - started) / 1000
const packageOf = (file) => packages.find((dir) => relative(dir, file).split('/')[0] !== '..')
const cases = packages.map((dir) => {
  const own = [...cycles.values()].filter((cycle) => cycle.some((file) => packageOf(file) === dir))
  if (own.length === 0) return { name: dir, seconds: seconds / packages.length }
  return {
    name: dir,
    seconds: seconds / packages.length,
    failure:
      `${own.length} import cycle${own.length === 1 ? '' : 's'} (\`import type\` counts): move what both sides need into a leaf module\n` +
      own.map(spell).join('\n'),
  }
})
writeJUnit('cycles', cases)

for (const cycle of cycles.values()) console.log(`cycle: ${spell(cycle)}`)
console.log(
  `cycles: ${cycles.size} import cycle${cycles.size === 1 ? '' : 's'} in ${result.summary.totalCruised} modules of ${packages.length} packages (${seconds.toFixed(1)} s)`,
)
process.exit(cycles.size > 0 ? 1 : 0)
