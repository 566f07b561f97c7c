import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { defaultCmsDir } from '@kurskatalog/test-support'

const repoRoot = resolve(defaultCmsDir, '..')

/** What the bench needs from a build: the Next app, and the widget bundle it serves at /widgets/. */
export function missingBuildParts(cmsDir = defaultCmsDir): string[] {
  const needed = [join(cmsDir, '.next', 'BUILD_ID'), join(cmsDir, 'public', 'widgets', 'kurskatalog.js')]
  return needed.filter((file) => !existsSync(file))
}

/**
 * Builds the widgets and the CMS when a part is missing (a fresh clone). A build that exists is used
 * as it is: the bench measures what was built, and says which build in its output.
 */
export function ensureCmsBuilt(cmsDir: string, log: (line: string) => void): void {
  const missing = missingBuildParts(cmsDir)
  if (missing.length === 0) return
  if (cmsDir !== defaultCmsDir) throw new Error(`${cmsDir} is not a built CMS (missing ${missing.join(', ')}).`)
  log(`The CMS build is missing (${missing.join(', ')}); building the widgets and the CMS (a few minutes).`)
  const steps: [string, string[]][] = [
    ['pnpm', ['--filter', '@kurskatalog/widgets', 'build']],
    ['pnpm', ['--filter', '@kurskatalog/cms', 'build']],
  ]
  for (const [command, args] of steps) {
    const run = spawnSync(command, args, {
      cwd: repoRoot,
      stdio: ['ignore', 'inherit', 'inherit'],
      // `next build` loads the Payload config, which needs a secret; the bench's CMS gets its own at start.
      env: { ...process.env, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'kurskatalog-bench-build' },
    })
    if (run.status !== 0) throw new Error(`\`${command} ${args.join(' ')}\` failed (exit ${run.status ?? run.signal}).`)
  }
  const still = missingBuildParts()
  if (still.length > 0) throw new Error(`Still missing after the build: ${still.join(', ')}`)
}
