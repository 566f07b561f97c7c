import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/**
 * `pnpm bench`: the main run (`run.ts`: reads, sign-ups, the widget, the size dimension), then the brochure's
 * (`brochureBench.ts`), one after the other so neither measures the other's load. Every argument goes to the
 * main run; `--offerings` and `--no-write` go to the brochure's too.
 */
const given = process.argv.slice(2).filter((arg) => arg !== '--')
const forBrochure = given.filter((arg) => arg === '--no-write' || arg.startsWith('--offerings='))

function run(script: string, args: string[], nodeOptions = ''): void {
  const file = fileURLToPath(new URL(script, import.meta.url))
  const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${nodeOptions}`.trim() }
  const result = spawnSync(process.execPath, ['--import', 'tsx', file, ...args], { stdio: 'inherit', env })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

run('./run.ts', given)
// The brochure's bench runs the plugin from its sources (the `development` export condition), as its tests do.
run('./brochureBench.ts', forBrochure, '--conditions=development')
