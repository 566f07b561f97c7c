import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { criteria, knownLimitations, statementDates, testFiles } from '../src/accessibility/criteria.js'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

/**
 * WCAG 2.1's success criteria at levels A and AA, less the three the regulation leaves out for a public
 * body's web solution (1.2.3, 1.2.4, 1.2.5): written out here from the standard, not from the data file.
 */
const regulated: [id: string, level: 'A' | 'AA'][] = [
  ['1.1.1', 'A'], ['1.2.1', 'A'], ['1.2.2', 'A'], ['1.3.1', 'A'], ['1.3.2', 'A'], ['1.3.3', 'A'], ['1.3.4', 'AA'],
  ['1.3.5', 'AA'], ['1.4.1', 'A'], ['1.4.2', 'A'], ['1.4.3', 'AA'], ['1.4.4', 'AA'], ['1.4.5', 'AA'], ['1.4.10', 'AA'],
  ['1.4.11', 'AA'], ['1.4.12', 'AA'], ['1.4.13', 'AA'], ['2.1.1', 'A'], ['2.1.2', 'A'], ['2.1.4', 'A'], ['2.2.1', 'A'],
  ['2.2.2', 'A'], ['2.3.1', 'A'], ['2.4.1', 'A'], ['2.4.2', 'A'], ['2.4.3', 'A'], ['2.4.4', 'A'], ['2.4.5', 'AA'],
  ['2.4.6', 'AA'], ['2.4.7', 'AA'], ['2.5.1', 'A'], ['2.5.2', 'A'], ['2.5.3', 'A'], ['2.5.4', 'A'], ['3.1.1', 'A'],
  ['3.1.2', 'AA'], ['3.2.1', 'A'], ['3.2.2', 'A'], ['3.2.3', 'AA'], ['3.2.4', 'AA'], ['3.3.1', 'A'], ['3.3.2', 'A'],
  ['3.3.3', 'AA'], ['3.3.4', 'AA'], ['4.1.1', 'A'], ['4.1.2', 'A'], ['4.1.3', 'AA'],
]

describe('the accessibility statement’s criteria (cms/src/accessibility/criteria.ts)', () => {
  it('are the 47 the regulation asks for, each once, in the standard’s order and at its level', () => {
    expect(regulated).toHaveLength(47)
    expect(criteria.map((criterion) => [criterion.id, criterion.level])).toEqual(regulated)
  })

  it('each have a name, a status and a word on how we know', () => {
    for (const criterion of criteria) {
      expect(criterion.name.trim(), criterion.id).not.toBe('')
      expect(['met', 'not-met', 'not-applicable'], criterion.id).toContain(criterion.status)
      expect(criterion.how.trim().length, criterion.id).toBeGreaterThan(10)
    }
  })

  it('name, for every one met, a test file that exists in the repository', () => {
    for (const criterion of criteria.filter((candidate) => candidate.status === 'met')) {
      expect(criterion.checkedBy.length, `${criterion.id} is "Oppfylt" with no test named`).toBeGreaterThan(0)
    }
    for (const criterion of criteria) {
      for (const file of criterion.checkedBy) expect(existsSync(repoRoot + file), `${criterion.id} names ${file}, which does not exist`).toBe(true)
    }
  })

  it('name only files that test something: a test suite, or a journey a suite runs', () => {
    const journeys = readFileSync(repoRoot + 'examples/e2e/test/journeys.test.ts', 'utf8')
    for (const file of new Set([...Object.values(testFiles), ...criteria.flatMap((criterion) => criterion.checkedBy)])) {
      expect(existsSync(repoRoot + file), file).toBe(true)
      if (file.endsWith('.test.ts')) continue
      const journey = file.match(/^examples\/e2e\/src\/journeys\/(\w+)\.ts$/)?.[1]
      expect(journey, `${file} is neither a test file nor an e2e journey`).toBeDefined()
      expect(journeys, `${file} is not run by examples/e2e/test/journeys.test.ts`).toContain(`../src/journeys/${journey}.js`)
    }
  })

  it('name as proof only axe rules the e2e journey makes sure ran', () => {
    const journey = readFileSync(repoRoot + testFiles.pagesAxe, 'utf8')
    const named = criteria.flatMap((criterion) => [...criterion.how.matchAll(/axe \(([^)]+)\)/g)].flatMap((match) => match[1]!.split(/,\s*/)))
    expect(named.length).toBeGreaterThan(10)
    for (const rule of named) {
      expect(rule, 'an axe rule is named by its id').toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(journey, `the statement names axe's ${rule}, which ${testFiles.pagesAxe} does not check ran`).toContain(`'${rule}'`)
    }
  })

  it('describe every breach: what, why and what it means for users', () => {
    for (const criterion of criteria) {
      if (criterion.status === 'not-met') {
        expect(criterion.breach?.content, criterion.id).toBeTruthy()
        expect(criterion.breach?.reason, criterion.id).toBeTruthy()
        expect(criterion.breach?.consequence, criterion.id).toBeTruthy()
      } else expect(criterion.breach, `${criterion.id} is not a breach but describes one`).toBeUndefined()
    }
    for (const limitation of knownLimitations) expect(limitation.consequence.trim(), limitation.title).not.toBe('')
  })

  it('were checked on real dates, the last no earlier than the first', () => {
    for (const date of Object.values(statementDates)) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(Date.parse(statementDates.lastChecked)).toBeGreaterThanOrEqual(Date.parse(statementDates.made))
  })
})
