import type { CriterionStatus, Principle } from './types.js'

/** A criterion's status in the words statements on uustatus.no use. */
export const statusLabels: Record<CriterionStatus, string> = {
  met: 'Oppfylt',
  'not-met': 'Ikke oppfylt',
  'not-applicable': 'Ikke relevant',
}

/** WCAG's four principles, as a statement's breach list is ordered. */
export const principleLabels: Record<Principle, string> = {
  1: 'Prinsipp 1. Mulig å oppfatte',
  2: 'Prinsipp 2. Mulig å betjene',
  3: 'Prinsipp 3. Forståelig',
  4: 'Prinsipp 4. Robust',
}

/** "1.4.10" belongs to principle 1. */
export const principleOf = (id: string): Principle => Number(id.split('.')[0]) as Principle
