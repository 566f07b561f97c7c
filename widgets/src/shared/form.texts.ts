import type { TextTable } from './text-table.js'

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
  // Field error texts are the contract's own (fieldMessages), shown by FormController.
  name: 'Navn',
  workEmail: 'E-post på jobb',
  agency: 'Virksomhet',
  role: 'Stilling eller rolle',
  leaderEmail: 'Lederens e-post på jobb',
  leaderEmailHint: 'Lederen din får en e-post og må godkjenne påmeldingen.',
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
