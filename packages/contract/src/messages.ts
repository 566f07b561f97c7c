import type { ErrorCode, FieldErrorCode, FormFieldErrorCode } from './errors.js'
import type { Locale } from './locale.js'

interface ErrorMessages {
  errors: Record<ErrorCode, string>
  fields: Record<FieldErrorCode, string>
}

// One constant per language, so a bundler can keep these and drop the API error texts nobody imports.
const nbFields: Record<FormFieldErrorCode, string> = {
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
}

const nnFields: Record<FormFieldErrorCode, string> = {
  required: 'Feltet må fyllast ut.',
  'invalid-type': 'Ugyldig verdi.',
  'too-long': 'Teksten er for lang.',
  'too-short': 'Teksten er for kort.',
  'invalid-email': 'Skriv ei gyldig e-postadresse, til dømes namn@oslo.kommune.no.',
  'invalid-characters': 'Teksten inneheld teikn som ikkje er tillatne.',
  'invalid-choice': 'Vel eitt av alternativa.',
  'invalid-date': 'Skriv ein gyldig dato.',
  'out-of-range': 'Verdien er utanfor det tillatne området.',
  'unknown-field': 'Ukjent felt.',
}

const enFields: Record<FormFieldErrorCode, string> = {
  required: 'This field is required.',
  'invalid-type': 'Invalid value.',
  'too-long': 'The text is too long.',
  'too-short': 'The text is too short.',
  'invalid-email': 'Enter a valid email address, for example name@oslo.kommune.no.',
  'invalid-characters': 'The text contains characters that are not allowed.',
  'invalid-choice': 'Choose one of the options.',
  'invalid-date': 'Enter a valid date.',
  'out-of-range': 'The value is outside the allowed range.',
  'unknown-field': 'Unknown field.',
}

/**
 * Why a field was refused, in the three languages. On their own so the widgets' forms can show them without
 * downloading every API error text; a code only the API's answer explains (`apiFieldErrorCodes`) has none here.
 */
export const fieldMessages: Record<Locale, Partial<Record<FieldErrorCode, string>>> = { nb: nbFields, nn: nnFields, en: enFields }

/** Error texts in the three languages; the API answers them and the widgets show them for client-side checks. */
export const errorMessages: Record<Locale, ErrorMessages> = {
  nb: {
    errors: {
      validation: 'Noen av feltene må rettes før du kan sende.',
      'invalid-json': 'Forespørselen kunne ikke leses. Last siden på nytt og prøv igjen.',
      'unsupported-media-type': 'Forespørselen må sendes som JSON.',
      'payload-too-large': 'Forespørselen er for stor. Kort ned teksten og prøv igjen.',
      'not-found': 'Fant ikke det du lette etter. Det kan være avlyst eller fjernet.',
      'origin-not-allowed': 'Kurskatalogen tar ikke imot skjemaer fra dette nettstedet ennå. Be nettredaktøren om å få nettstedet lagt til.',
      'rate-limited': 'For mange forsøk på kort tid. Vent et minutt og prøv igjen.',
      'spam-suspected': 'Skjemaet ser ut til å være fylt ut automatisk. Prøv igjen uten autoutfylling.',
      'deadline-passed': 'Påmeldingsfristen er ute.',
      'session-cancelled': 'Denne gjennomføringen er avlyst.',
      'session-full': 'Kurset er fullt, og det er ingen venteliste.',
      'signup-closed': 'Påmeldingen er stengt.',
      'already-registered': 'Denne e-postadressen er allerede påmeldt. Sjekk innboksen din for bekreftelsen.',
      'idempotency-key-reused':
        'Dette skjemaet er allerede sendt, for en annen påmelding eller bestilling. Last siden på nytt og send skjemaet igjen.',
      'invalid-token': 'Lenken er ugyldig eller utløpt.',
      'already-cancelled': 'Påmeldingen dette skjemaet sendte, er meldt av. Last siden på nytt hvis du vil melde deg på igjen.',
      'already-decided': 'Påmeldingen er allerede godkjent eller avslått. Du trenger ikke gjøre noe mer.',
      'approval-expired': 'Fristen for å godkjenne påmeldingen er ute, og plassen er gitt videre.',
      'already-promoted': 'Du har fått plass og står ikke lenger på ventelisten. Kan du ikke komme, bruk lenken «Meld meg av» i e-posten om plassen.',
      'invalid-query': 'Adressen har en ukjent eller ugyldig verdi',
      busy: 'Brosjyren lages nå. Prøv igjen om noen sekunder.',
      internal: 'Noe gikk galt hos oss. Prøv igjen om litt.',
    },
    fields: {
      ...nbFields,
      'invalid-url': 'Nettadressen må være fullstendig og begynne med https:// eller http://.',
      'too-many-answers': 'Skjemaet har flere svar enn det er plass til (høyst 30). Last siden på nytt og prøv igjen.',
    },
  },
  nn: {
    errors: {
      validation: 'Nokre av felta må rettast før du kan sende.',
      'invalid-json': 'Førespurnaden kunne ikkje lesast. Last sida på nytt og prøv igjen.',
      'unsupported-media-type': 'Førespurnaden må sendast som JSON.',
      'payload-too-large': 'Førespurnaden er for stor. Kort ned teksten og prøv igjen.',
      'not-found': 'Fann ikkje det du leita etter. Det kan vere avlyst eller fjerna.',
      'origin-not-allowed': 'Kurskatalogen tek ikkje imot skjema frå denne nettstaden enno. Be nettredaktøren om å få nettstaden lagd til.',
      'rate-limited': 'For mange forsøk på kort tid. Vent eit minutt og prøv igjen.',
      'spam-suspected': 'Skjemaet ser ut til å vere fylt ut automatisk. Prøv igjen utan autoutfylling.',
      'deadline-passed': 'Påmeldingsfristen er ute.',
      'session-cancelled': 'Denne gjennomføringa er avlyst.',
      'session-full': 'Kurset er fullt, og det er inga venteliste.',
      'signup-closed': 'Påmeldinga er stengd.',
      'already-registered': 'Denne e-postadressa er allereie påmeld. Sjekk innboksen din for stadfestinga.',
      'idempotency-key-reused':
        'Dette skjemaet er allereie sendt, for ei anna påmelding eller bestilling. Last sida på nytt og send skjemaet igjen.',
      'invalid-token': 'Lenkja er ugyldig eller utgått.',
      'already-cancelled': 'Påmeldinga dette skjemaet sende, er meld av. Last sida på nytt om du vil melde deg på igjen.',
      'already-decided': 'Påmeldinga er allereie godkjend eller avslått. Du treng ikkje gjere noko meir.',
      'approval-expired': 'Fristen for å godkjenne påmeldinga er ute, og plassen er gitt vidare.',
      'already-promoted': 'Du har fått plass og står ikkje lenger på ventelista. Kan du ikkje kome, bruk lenkja «Meld meg av» i e-posten om plassen.',
      'invalid-query': 'Adressa har ein ukjend eller ugyldig verdi',
      busy: 'Brosjyren blir laga no. Prøv igjen om nokre sekund.',
      internal: 'Noko gjekk gale hos oss. Prøv igjen om litt.',
    },
    fields: {
      ...nnFields,
      'invalid-url': 'Nettadressa må vere fullstendig og byrje med https:// eller http://.',
      'too-many-answers': 'Skjemaet har fleire svar enn det er plass til (høgst 30). Last sida på nytt og prøv igjen.',
    },
  },
  en: {
    errors: {
      validation: 'Some fields need correcting before you can send.',
      'invalid-json': 'The request could not be read. Reload the page and try again.',
      'unsupported-media-type': 'The request must be sent as JSON.',
      'payload-too-large': 'The request is too large. Shorten the text and try again.',
      'not-found': 'We could not find what you were looking for. It may have been cancelled or removed.',
      'origin-not-allowed': 'The course catalogue does not take forms from this website yet. Ask its web editor to have the website added.',
      'rate-limited': 'Too many attempts in a short time. Wait a minute and try again.',
      'spam-suspected': 'The form seems to have been filled in automatically. Try again without autofill.',
      'deadline-passed': 'The sign-up deadline has passed.',
      'session-cancelled': 'This session has been cancelled.',
      'session-full': 'The course is full and has no waiting list.',
      'signup-closed': 'Sign-up is closed.',
      'already-registered': 'This email address is already signed up. Check your inbox for the confirmation.',
      'idempotency-key-reused': 'This form was already sent, for another sign-up or order. Reload the page and send the form again.',
      'invalid-token': 'The link is invalid or has expired.',
      'already-cancelled': 'The sign-up this form sent has been cancelled. Reload the page if you want to sign up again.',
      'already-decided': 'This sign-up has already been approved or declined. There is nothing more you need to do.',
      'approval-expired': 'The time to approve this sign-up has run out, and the place has gone to someone else.',
      'already-promoted': 'You have been given a place and are no longer on the waiting list. If you cannot come, use the “Cancel my place” link in the email about your place.',
      'invalid-query': 'The address has an unknown or invalid value',
      busy: 'The brochure is being made. Try again in a few seconds.',
      internal: 'Something went wrong on our side. Try again in a little while.',
    },
    fields: {
      ...enFields,
      'invalid-url': 'The web address must be complete and start with https:// or http://.',
      'too-many-answers': 'The form has more answers than there is room for (at most 30). Reload the page and try again.',
    },
  },
}
