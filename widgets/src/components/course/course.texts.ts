import { plural, type Translations } from '../../shared/translations.js'

const nb = {
  loadFailed: 'Vi kunne ikke hente kurset.',
  description: 'Om kurset',
  learningOutcomes: 'Dette lærer du',
  facilitators: 'Kursholdere',
  sessions: 'Datoer og påmelding',
  meetings: (n: number) => `${n} ${plural(n, 'samling', 'samlinger')}`,
  duration: 'Varighet',
  price: 'Pris',
  deadline: (date: string) => `Påmeldingsfrist ${date}`,
  signUp: 'Meld deg på',
  apply: 'Søk plass',
  joinWaitlist: 'Sett deg på venteliste',
  hideForm: 'Lukk skjemaet',
}

export const courseTexts: Translations<typeof nb> = {
  nb,
  nn: {
    loadFailed: 'Vi kunne ikkje hente kurset.',
    facilitators: 'Kurshaldarar',
    sessions: 'Datoar og påmelding',
    meetings: (n) => `${n} ${plural(n, 'samling', 'samlingar')}`,
    duration: 'Varigheit',
    joinWaitlist: 'Set deg på venteliste',
  },
  en: {
    loadFailed: 'We could not load the course.',
    description: 'About the course',
    learningOutcomes: 'What you will learn',
    facilitators: 'Facilitators',
    sessions: 'Dates and sign-up',
    meetings: (n) => `${n} ${plural(n, 'meeting', 'meetings')}`,
    duration: 'Duration',
    price: 'Price',
    deadline: (date) => `Sign-up deadline ${date}`,
    signUp: 'Sign up',
    apply: 'Apply',
    joinWaitlist: 'Join the waiting list',
    hideForm: 'Close the form',
  },
}
