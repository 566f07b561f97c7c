/** The organiser's desk in the editor's admin language: export headers, the sign-in sheet, refusals. */
export const organiserTexts = {
  nb: {
    columns: {
      name: 'Navn',
      email: 'E-post',
      agency: 'Virksomhet',
      role: 'Rolle',
      status: 'Status',
      waitlistPosition: 'Plass i ventelisten',
      signedUpAt: 'Påmeldt',
    },
    sheetName: 'Deltakere',
    yes: 'Ja',
    no: 'Nei',
    sheet: {
      title: 'Deltakerliste',
      anonymousTitle: 'Deltakerliste uten navn',
      when: 'Tid',
      where: 'Sted',
      online: 'Digitalt',
      number: 'Nr.',
      name: 'Navn',
      agency: 'Virksomhet',
      signature: 'Signatur',
      confirmed: (count: number) => `${count} bekreftede deltakere.`,
      anonymousHint: 'Skriv navnet ditt og signer på en ledig linje.',
      none: 'Ingen bekreftede deltakere ennå.',
      printed: (at: string) => `Skrevet ut ${at}`,
    },
    refusals: {
      unauthorised: 'Logg inn som redaktør for å se deltakerne.',
      forbidden: 'Bare redaktører kan se deltakerne.',
      notFound: 'Fant ikke gjennomføringen.',
      query: 'Ukjent parameter eller verdi. Tillatt: status (en eller flere statuser, skilt med komma) og, for deltakerlisten, utgave=navn eller utgave=uten-navn.',
      certificateNotFound: 'Fant ikke noe kursbevis: påmeldingen finnes ikke, deltakeren har ikke status Møtte, eller personopplysningene er slettet.',
      certificateQuery: 'Kursbeviset tar ingen parametere.',
    },
  },
  en: {
    columns: {
      name: 'Name',
      email: 'Email',
      agency: 'Agency',
      role: 'Role',
      status: 'Status',
      waitlistPosition: 'Waiting-list number',
      signedUpAt: 'Signed up',
    },
    sheetName: 'Participants',
    yes: 'Yes',
    no: 'No',
    sheet: {
      title: 'Sign-in sheet',
      anonymousTitle: 'Sign-in sheet without names',
      when: 'When',
      where: 'Where',
      online: 'Online',
      number: 'No.',
      name: 'Name',
      agency: 'Agency',
      signature: 'Signature',
      confirmed: (count: number) => `${count} confirmed participants.`,
      anonymousHint: 'Write your name and sign on a free line.',
      none: 'No confirmed participants yet.',
      printed: (at: string) => `Printed ${at}`,
    },
    refusals: {
      unauthorised: 'Log in as an editor to see the participants.',
      forbidden: 'Only editors can see the participants.',
      notFound: 'No such session.',
      query: 'Unknown parameter or value. Allowed: status (one or more statuses, comma-separated) and, for the sign-in sheet, utgave=navn or utgave=uten-navn.',
      certificateNotFound: 'No certificate: the registration does not exist, the participant is not marked Attended, or the personal data has been erased.',
      certificateQuery: 'The certificate takes no parameters.',
    },
  },
} as const

export type OrganiserLanguage = keyof typeof organiserTexts
export type OrganiserTexts = (typeof organiserTexts)[OrganiserLanguage]

/** The admin's language when it is English, else bokmål (Payload has no nynorsk admin). */
export const organiserLanguage = (req: { i18n?: { language?: string } }): OrganiserLanguage => (req.i18n?.language === 'en' ? 'en' : 'nb')
