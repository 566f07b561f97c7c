import type { OfferingLabels } from './types.js'

export const offeringLabelsNb: OfferingLabels = {
  kinds: { course: 'Kurs', programme: 'Lederprogram' },
  audience: 'Målgruppe',
  format: 'Format',
  audiences: { leaders: 'Ledere', employees: 'Medarbeidere', all: 'Alle ansatte' },
  formats: { 'in-person': 'Fysisk', digital: 'Digitalt', hybrid: 'Fysisk og digitalt' },
  seats: {
    open: ['# ledig plass', '# ledige plasser'],
    'few-left': ['Bare # plass igjen', 'Bare # plasser igjen'],
    waitlist: 'Fullt – venteliste',
    full: 'Fullt',
    closed: 'Påmeldingen er stengt',
    cancelled: 'Avlyst',
  },
}
