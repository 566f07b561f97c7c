import { offeringLabelsNn } from '@kurskatalog/contract'
import type { OtherLocaleTexts } from '../shared/locale-texts.js'

/** Nynorsk: the texts that differ from bokmål, and the contract's nynorsk labels whole; the rest falls back to bokmål. */
const nn: OtherLocaleTexts = {
  common: {
    loading: 'Lastar …',
    offline: 'Vi får ikkje kontakt med kurskatalogen akkurat no.',
    offlineLink: 'Opne kurskatalogen',
    ...offeringLabelsNn,
    noDates: 'Ingen datoar er sette opp enno.',
  },
  courseList: {
    loadingCourses: 'Lastar kurs …',
    loadFailed: 'Vi kunne ikkje hente kurskatalogen.',
    offlineCached: (when) => `Du ser kursa slik dei var ${when}. Datoar og ledige plassar kan ha endra seg.`,
    empty: 'Ingen kurs passar med det du har valt.',
    emptyCatalogue: 'Det er ingen kurs i katalogen akkurat no.',
    searchLabel: 'Søk i kursa',
    showMore: 'Vis fleire',
  },
  course: {
    loadFailed: 'Vi kunne ikkje hente kurset.',
    facilitators: 'Kurshaldarar',
    sessions: 'Datoar og påmelding',
    meetings: ['# samling', '# samlingar'],
    duration: 'Varigheit',
    joinWaitlist: 'Set deg på venteliste',
  },
  form: {
    loadFailed: 'Vi kunne ikkje hente skjemaet.',
    requiredNote: 'Alle felt må fyllast ut om ikkje anna står.',
    optional: '(valfritt)',
    choose: 'Vel …',
    submitUnreachable: 'Vi fekk ikkje svar frå serveren. Prøv igjen – du blir ikkje registrert to gonger.',
    serverFailed: 'Noko gjekk gale hos oss. Prøv igjen om litt.',
    name: 'Namn',
    agency: 'Verksemd',
    submitWaitlist: 'Set meg på ventelista',
    sessionUnavailable: 'Det er ikkje mogleg å melde seg på denne datoen.',
    confirmedTitle: 'Du er påmeld',
    waitlistedTitle: 'Du står på ventelista',
    pendingTitle: 'Påmeldinga ventar på godkjenning',
    waitlistedBody: (position, title) =>
      `Kurset ${title} er fullt, og du står${position === null ? '' : ` som nummer ${position}`} på ventelista. Blir det ein ledig plass, får du han automatisk, og vi sender deg ein e-post.`,
    leaderEmail: 'E-posten til leiaren på jobb',
    leaderEmailHint: 'Leiaren din får ein e-post og må godkjenne påmeldinga.',
    pendingBody: (title) => `Leiaren din må godkjenne påmeldinga til ${title}. Du får ein e-post når ho er handsama.`,
    emailSent: (email) => `Vi har sendt ein e-post til ${email} med detaljane og ei lenkje du kan bruke for å melde deg av.`,
    signUpAnother: 'Meld på ein person til',
    wishedDates: 'Ønskt tidspunkt',
    wishedDatesHint: 'Til dømes «veke 12 eller 14, helst formiddag».',
    groupSize: 'Tal på deltakarar',
    requestDescription: 'Kva ønskjer de hjelp til?',
    submitRequest: 'Send bestillinga',
    requestSentTitle: 'Takk for bestillinga',
    requestSentBody: (service, email) =>
      `Vi har motteke bestillinga av ${service} og sender ei kvittering til ${email}. Vi tek kontakt for å avtale det vidare.`,
  },
}

export default nn
