import type { FieldErrorCode } from '@kurskatalog/contract'
import type { TextTable } from './translations.js'

const nb = {
  loadFailed: 'Vi kunne ikke hente skjemaet.',
  requiredNote: 'Alle felt må fylles ut hvis ikke annet står.',
  optional: '(valgfritt)',
  choose: 'Velg …',
  honeypot: 'La dette feltet stå tomt',
  submitting: 'Sender …',
  fixErrors: 'Rett dette før du sender',
  submitUnreachable: 'Vi fikk ikke svar fra serveren. Prøv igjen – du blir ikke registrert to ganger.',
  serverFailed: 'Noe gikk galt hos oss. Prøv igjen om litt.',
  // The same texts as the contract's errorMessages[locale].fields (a test keeps them equal); a copy, so the
  // form does not download every API error text in three languages to show ten field messages.
  fieldErrors: {
    required: 'Feltet må fylles ut.',
    'invalid-type': 'Ugyldig verdi.',
    'too-long': 'Teksten er for lang.',
    'too-short': 'Teksten er for kort.',
    'invalid-email': 'Skriv en gyldig e-postadresse, for eksempel navn@oslo.kommune.no.',
    'invalid-characters': 'Teksten inneholder tegn som ikke er tillatt.',
    'invalid-choice': 'Velg et av alternativene.',
    'invalid-date': 'Skriv en gyldig dato.',
    'out-of-range': 'Verdien er utenfor det tillatte området.',
    'unknown-field': 'Ukjent felt.',
  } as Record<FieldErrorCode, string>,
  name: 'Navn',
  workEmail: 'E-post på jobb',
  agency: 'Virksomhet',
  role: 'Stilling eller rolle',
  // Sign-up
  signupFor: (title: string) => `Påmelding: ${title}`,
  submitSignup: 'Meld meg på',
  submitWaitlist: 'Sett meg på ventelisten',
  submitApplication: 'Send søknad',
  sessionUnavailable: 'Det er ikke mulig å melde seg på denne datoen.',
  confirmedTitle: 'Du er påmeldt',
  waitlistedTitle: 'Du står på ventelisten',
  pendingTitle: 'Påmeldingen venter på godkjenning',
  confirmedBody: (title: string, when: string) => `Du har fått plass på ${title}, ${when}.`,
  waitlistedBody: (position: number | null, title: string) =>
    `Kurset ${title} er fullt, og du står${position === null ? '' : ` som nummer ${position}`} på ventelisten. Blir det en ledig plass, får du den automatisk, og vi sender deg en e-post.`,
  pendingBody: (title: string) => `Lederen din må godkjenne påmeldingen til ${title}. Du får en e-post når den er behandlet.`,
  emailSent: (email: string) => `Vi har sendt en e-post til ${email} med detaljene og en lenke du kan bruke for å melde deg av.`,
  addToCalendar: 'Legg datoen i kalenderen',
  signUpAnother: 'Meld på en person til',
  // Service request
  orderTitle: (title: string) => `Bestill ${title}`,
  contactName: 'Kontaktperson',
  phone: 'Telefon',
  wishedDates: 'Ønsket tidspunkt',
  wishedDatesHint: 'For eksempel «uke 12 eller 14, helst formiddag».',
  groupSize: 'Antall deltakere',
  requestDescription: 'Hva ønsker dere hjelp til?',
  submitRequest: 'Send bestillingen',
  requestSentTitle: 'Takk for bestillingen',
  requestSentBody: (service: string, email: string) =>
    `Vi har mottatt bestillingen av ${service} og sender en kvittering til ${email}. Vi tar kontakt for å avtale det videre.`,
}

export type FormTexts = typeof nb

/** Texts of the two forms (sign-up and service request), loaded with them. */
export const formTexts: TextTable<FormTexts> = { id: 'form', nb }
