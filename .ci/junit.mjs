// Writes a JUnit XML report into test-results/, the shape .ci/summary.mjs and CI viewers read.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository's test-results/ folder, wherever the check is started from. */
export const testResultsDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'test-results')

const escapeXml = (text) =>
  String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML 1.0 allows no other control characters, not even escaped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')

/**
 * @param {string} suite the report's name, also its file name: `test-results/<suite>.xml`
 * @param {{ name: string, seconds?: number, failure?: string }[]} cases one per check; a `failure` fails it
 * @returns {string} the path written
 */
export function writeJUnit(suite, cases) {
  const failures = cases.filter((testCase) => testCase.failure !== undefined).length
  const seconds = cases.reduce((sum, testCase) => sum + (testCase.seconds ?? 0), 0)
  const body = cases
    .map((testCase) => {
      const open = `    <testcase classname="${escapeXml(suite)}" name="${escapeXml(testCase.name)}" time="${(testCase.seconds ?? 0).toFixed(3)}"`
      if (testCase.failure === undefined) return `${open}/>`
      // The first line is the message; the rest, if any, the body (summary.mjs prints both).
      const [message, ...detail] = testCase.failure.split('\n')
      return `${open}>\n      <failure message="${escapeXml(message)}">${escapeXml(detail.join('\n'))}</failure>\n    </testcase>`
    })
    .join('\n')
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="${escapeXml(suite)}" tests="${cases.length}" failures="${failures}" time="${seconds.toFixed(3)}">\n` +
    `  <testsuite name="${escapeXml(suite)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="0" time="${seconds.toFixed(3)}">\n` +
    `${body}\n  </testsuite>\n</testsuites>\n`
  mkdirSync(testResultsDir, { recursive: true })
  const file = join(testResultsDir, `${suite}.xml`)
  writeFileSync(file, xml)
  return file
}
