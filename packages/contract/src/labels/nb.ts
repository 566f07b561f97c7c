import type { OfferingLabels } from './types.js'

export const offeringLabelsNb: OfferingLabels = {
  audience: 'Målgruppe',
  format: 'Format',
  audiences: { leaders: 'Ledere', employees: 'Medarbeidere', all: 'Alle ansatte' },
  formats: { 'in-person': 'Fysisk', digital: 'Digitalt', hybrid: 'Fysisk og digitalt' },
}
