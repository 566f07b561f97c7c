import type { OfferingLabels } from './types.js'

export const offeringLabelsNn: OfferingLabels = {
  audience: 'Målgruppe',
  format: 'Format',
  audiences: { leaders: 'Leiarar', employees: 'Medarbeidarar', all: 'Alle tilsette' },
  formats: { 'in-person': 'Fysisk', digital: 'Digitalt', hybrid: 'Fysisk og digitalt' },
}
