/** The WCAG principles, as uustatus.no names them in a statement's breach list. */
export type Principle = 1 | 2 | 3 | 4

export type Level = 'A' | 'AA'

/** A criterion's status in a statement: met, not met, or no such content in the solution. */
export type CriterionStatus = 'met' | 'not-met' | 'not-applicable'

/** What a breach means, in the fields a statement on uustatus.no has for each. */
export interface Breach {
  /** Which content breaks the criterion. */
  content: string
  /** Why it does. */
  reason: string
  /** Who is affected and how. */
  consequence: string
  /** What a user can do instead, if anything. */
  alternative?: string
}

/** One WCAG 2.1 success criterion of the 47 the regulation asks of a public body's web solution. */
export interface Criterion {
  /** "1.4.3" */
  id: string
  /** The criterion's Norwegian name (uutilsynet.no). */
  name: string
  level: Level
  status: CriterionStatus
  /** How we know, in bokmål: what the tests check, or why there is no such content. */
  how: string
  /** Repository paths of the test files that check it; every "met" names at least one. */
  checkedBy: readonly string[]
  breach?: Breach
}

/** Something users meet that no criterion covers, told as honestly as a breach. */
export interface KnownLimitation {
  title: string
  content: string
  consequence: string
}
