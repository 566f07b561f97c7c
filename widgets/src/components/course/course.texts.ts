import type { CountedText } from '@kurskatalog/contract'
import type { TextTable } from '../../shared/text-table.js'

const nb = {
  loadFailed: 'Vi kunne ikke hente kurset.',
  description: 'Om kurset',
  learningOutcomes: 'Dette lærer du',
  facilitators: 'Kursholdere',
  sessions: 'Datoer og påmelding',
  meetings: ['# samling', '# samlinger'] as CountedText,
  duration: 'Varighet',
  price: 'Pris',
  deadline: (date: string) => `Påmeldingsfrist ${date}`,
  signUp: 'Meld deg på',
  apply: 'Søk plass',
  joinWaitlist: 'Sett deg på venteliste',
  hideForm: 'Lukk skjemaet',
}

export type CourseTexts = typeof nb

export const courseTexts: TextTable<CourseTexts> = { id: 'course', nb }
