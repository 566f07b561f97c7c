// Sums the JUnit reports every suite writes into test-results/ and prints "N passed, N failed".
// Before the counts it names every failed test with the first lines of its message, so that a CI log
// read only from its end still says what broke. Exits non-zero when anything failed or when no test ran.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = process.argv[2] ?? 'test-results'
let files = []
try {
  files = readdirSync(dir).filter((name) => name.endsWith('.xml'))
} catch {
  files = []
}

const unescapeXml = (text) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&amp;/g, '&')

/** The failure's message and the first frames of its stack, at most 12 lines. */
const describeFailure = (body) => {
  const failure = /<(?:failure|error)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:failure|error)>)/.exec(body)
  const message = /message="([^"]*)"/.exec(failure?.[1] ?? '')?.[1] ?? ''
  const detail = unescapeXml(`${message}\n${failure?.[2] ?? ''}`)
  return detail
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .slice(0, 12)
    .map((line) => `    ${line.slice(0, 300)}`)
    .join('\n')
}

const failures = []
let passed = 0
let failed = 0
let skipped = 0
const counts = []
for (const file of files) {
  const xml = readFileSync(join(dir, file), 'utf8')
  let suitePassed = 0
  let suiteFailed = 0
  let suiteSkipped = 0
  for (const match of xml.matchAll(/<testcase\b[^>]*?(\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const body = match[2] ?? ''
    if (/<(failure|error)\b/.test(body)) {
      suiteFailed++
      const name = unescapeXml(/\bname="([^"]*)"/.exec(match[0])?.[1] ?? '(unnamed)')
      failures.push(`FAILED ${file.replace(/\.xml$/, '')} › ${name}\n${describeFailure(body)}`)
    }
    else if (/<skipped\b/.test(body)) suiteSkipped++
    else suitePassed++
  }
  counts.push(`${file.replace(/\.xml$/, '')}: ${suitePassed} passed, ${suiteFailed} failed${suiteSkipped ? `, ${suiteSkipped} skipped` : ''}`)
  passed += suitePassed
  failed += suiteFailed
  skipped += suiteSkipped
}
for (const failure of failures) console.log(failure)
for (const line of counts) console.log(line)
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
