// Sums the JUnit reports every suite writes into test-results/ and prints "N passed, N failed".
// Exits non-zero when anything failed or when no test ran at all.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = process.argv[2] ?? 'test-results'
let files = []
try {
  files = readdirSync(dir).filter((name) => name.endsWith('.xml'))
} catch {
  files = []
}

let passed = 0
let failed = 0
let skipped = 0
for (const file of files) {
  const xml = readFileSync(join(dir, file), 'utf8')
  let suitePassed = 0
  let suiteFailed = 0
  let suiteSkipped = 0
  for (const match of xml.matchAll(/<testcase\b[^>]*?(\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const body = match[2] ?? ''
    if (/<(failure|error)\b/.test(body)) suiteFailed++
    else if (/<skipped\b/.test(body)) suiteSkipped++
    else suitePassed++
  }
  console.log(`${file.replace(/\.xml$/, '')}: ${suitePassed} passed, ${suiteFailed} failed${suiteSkipped ? `, ${suiteSkipped} skipped` : ''}`)
  passed += suitePassed
  failed += suiteFailed
  skipped += suiteSkipped
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
