import type { OfferingLabels } from './types.js'

export const offeringLabelsNn: OfferingLabels = {
  kinds: { course: 'Kurs', programme: 'Leiarprogram' },
  audience: 'Målgruppe',
  format: 'Format',
  audiences: { leaders: 'Leiarar', employees: 'Medarbeidarar', all: 'Alle tilsette' },
  formats: { 'in-person': 'Fysisk', digital: 'Digitalt', hybrid: 'Fysisk og digitalt' },
  seats: {
    open: ['# ledig plass', '# ledige plassar'],
    'few-left': ['Berre # plass att', 'Berre # plassar att'],
    waitlist: 'Fullt – venteliste',
    full: 'Fullt',
    closed: 'Påmeldinga er stengd',
    cancelled: 'Avlyst',
  },
}
