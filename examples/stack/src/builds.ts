import { createHash } from 'node:crypto'
import { readdir, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { withBuildLock } from './buildLock.js'
import { cmsDir, repoDir, widgetsDir } from './repo.js'
import { runCommand } from './runCommand.js'

/** Something `pnpm start` builds: which package, the file a build leaves, and what it is built from. */
export interface BuildTarget {
  package: string
  output: string
  inputs: string[]
}

const contractSources = path.join(repoDir, 'packages/contract/src')

export const widgetsBuild: BuildTarget = {
  package: '@kurskatalog/widgets',
  output: path.join(widgetsDir, 'dist/kurskatalog.js'),
  inputs: [
    path.join(widgetsDir, 'src'),
    path.join(widgetsDir, 'package.json'),
    // The build and the steps it runs on the sources.
    ...['build.mjs', 'compact-templates.mjs', 'text-keys.mjs'].map((file) => path.join(widgetsDir, 'scripts', file)),
    contractSources,
  ],
}

export const cmsBuild: BuildTarget = {
  package: '@kurskatalog/cms',
  output: path.join(cmsDir, '.next/BUILD_ID'),
  inputs: [
    path.join(cmsDir, 'src'),
    path.join(cmsDir, 'package.json'),
    path.join(cmsDir, 'next.config.mjs'),
    path.join(cmsDir, 'tsconfig.json'),
    path.join(repoDir, 'packages/payload-plugin/src'),
    path.join(repoDir, 'packages/payload-plugin/package.json'),
    contractSources,
    // The CMS build copies the widget bundle into cms/public/widgets, so a new bundle needs a new build.
    widgetsBuild.output,
  ],
}

async function newestChange(file: string): Promise<number> {
  const info = await stat(file).catch(() => null)
  if (!info) return 0
  if (!info.isDirectory()) return info.mtimeMs
  const entries = await readdir(file, { recursive: true, withFileTypes: true })
  const times = await Promise.all(
    entries
      .filter((entry) => entry.isFile() && !entry.parentPath.includes(`${path.sep}node_modules`))
      .map(async (entry) => (await stat(path.join(entry.parentPath, entry.name))).mtimeMs),
  )
  return Math.max(info.mtimeMs, ...times)
}

/** True when the build output is missing or older than any of its inputs. */
export async function isStale(target: BuildTarget): Promise<boolean> {
  const built = (await stat(target.output).catch(() => null))?.mtimeMs
  if (built === undefined) return true
  const changes = await Promise.all(target.inputs.map(newestChange))
  return changes.some((time) => time > built)
}

/** One lock per target and checkout, shared by every launcher on the machine. */
const lockDir = (target: BuildTarget) =>
  path.join(tmpdir(), `kurskatalog-build-${createHash('sha1').update(target.output).digest('hex').slice(0, 12)}.lock`)

/**
 * Builds `target` with `pnpm --filter <package> build` if it is missing or out of date.
 * Returns whether it built. Two launchers at once build once: the second finds it fresh.
 */
export async function buildIfStale(
  target: BuildTarget,
  options: { env: NodeJS.ProcessEnv; log: (line: string) => void; force?: boolean },
): Promise<boolean> {
  if (!options.force && !(await isStale(target))) return false
  return withBuildLock(lockDir(target), async () => {
    if (!options.force && !(await isStale(target))) return false
    await runCommand('pnpm', ['--filter', target.package, 'build'], { cwd: repoDir, env: options.env, log: options.log })
    return true
  })
}
