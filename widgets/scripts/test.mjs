// `pnpm test`: size budgets, the build step's own tests, README freshness, and the component tests in headless Chromium. Every step runs
// even when an earlier one fails; the budgets are added to the JUnit report as their own test suite.
import { spawnSync } from 'node:child_process'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { judgeAll, measure } from './check-budget.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const junitFile = new URL('../../test-results/widgets.xml', import.meta.url)
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')

const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit' }).status === 0

const sizes = await measure()
const budgetCases = judgeAll(sizes)
for (const { name, ok, message } of budgetCases) console.log(`${ok ? 'ok  ' : 'FAIL'} bundle budget: ${name}${ok ? '' : ` (${message})`}`)

// The build steps that compact templates, shorten the text tables' keys and build the entry apart, naming the built chunks, checked on
// their own (node's test runner).
const buildStepOk = run('node', ['--test', 'scripts/compact-templates.test.mjs', 'scripts/text-keys.test.mjs', 'scripts/build.test.mjs'])
const docsOk = run('npx', ['cem', 'analyze', '--litelement']) && run('node', ['scripts/readme.mjs', '--check'])
const testsOk = run('npx', ['web-test-runner'])

// web-test-runner wrote the JUnit file; the budgets join it as one more suite.
await mkdir(new URL('.', junitFile), { recursive: true })
let xml = '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n</testsuites>\n'
try {
  xml = await readFile(junitFile, 'utf8')
} catch {
  /* the runner did not get as far as writing it */
}
const failures = budgetCases.filter((c) => !c.ok).length
const suite = [
  `  <testsuite name="widgets bundle budgets" tests="${budgetCases.length + 2}" failures="${failures + (docsOk ? 0 : 1) + (buildStepOk ? 0 : 1)}" errors="0" skipped="0">`,
  ...budgetCases.map(({ name, ok, message }) =>
    ok
      ? `    <testcase classname="budgets" name="${escape(name)}"/>`
      : `    <testcase classname="budgets" name="${escape(name)}"><failure message="${escape(message)}"/></testcase>`,
  ),
  docsOk
    ? '    <testcase classname="docs" name="README tables match the components"/>'
    : '    <testcase classname="docs" name="README tables match the components"><failure message="run pnpm --filter @kurskatalog/widgets docs"/></testcase>',
  buildStepOk
    ? '    <testcase classname="build" name="html templates compacted without changing what they render; text keys shortened only where texts alone use them; the entry asks for the chunk all elements import alongside each element"/>'
    : '    <testcase classname="build" name="html templates compacted without changing what they render; text keys shortened only where texts alone use them; the entry asks for the chunk all elements import alongside each element"><failure message="node --test scripts/compact-templates.test.mjs scripts/text-keys.test.mjs scripts/build.test.mjs"/></testcase>',
  '  </testsuite>',
].join('\n')
await writeFile(junitFile, xml.replace(/<\/testsuites>\s*$/, `${suite}\n</testsuites>\n`))

process.exit(failures === 0 && docsOk && buildStepOk && testsOk ? 0 : 1)
