import { richText } from './richText.js'

/** The demo catalogue: the titles from the source article (../shared/seed), with invented people and dates. */

export const topics = [
  { title: 'Tillitsbasert ledelse', slug: 'tillitsbasert-ledelse', description: 'Tillit som verktøy og arbeidsform i styringsdialogen og i lederrollen.' },
  { title: 'Medarbeidersamtalen', slug: 'medarbeidersamtalen', description: 'Dialog om oppdrag, mål og handlingsrom mellom leder og medarbeider.' },
  { title: '10-FAKTOR', slug: '10-faktor', description: 'Kommunens medarbeiderundersøkelse og oppfølgingen av den.' },
  { title: 'Medvirkning og innbyggerdialog', slug: 'medvirkning', description: 'Å utvikle tjenestene sammen med innbyggere og brukere.' },
]

export const agencies = [
  { name: 'Utviklings- og kompetanseetaten', slug: 'uke' },
  { name: 'Bydel Gamle Oslo', slug: 'bydel-gamle-oslo' },
  { name: 'Bydel Alna', slug: 'bydel-alna' },
  { name: 'Sykehjemsetaten', slug: 'sykehjemsetaten' },
]

export const locations = [
  { name: 'UKE, Helsfyr', address: 'Helsfyr, Oslo', accessibility: 'Trinnfri adkomst og heis. Teleslynge i kurssalen.' },
  { name: 'Digitalt (Teams)', address: null, accessibility: 'Teksting kan slås på i møtet.' },
]

// Invented names, none of them a real person's.
export const facilitators = [
  { name: 'Kari Nordmann', title: 'Seniorrådgiver, lederutvikling' },
  { name: 'Ola Nordmann', title: 'Seniorkonsulent, organisasjonsutvikling' },
  { name: 'Eva Eksempel', title: 'Prosessveileder' },
]

interface SessionPlan {
  /** Days from today to the first meeting. */
  inDays: number
  meetings: { dayOffset: number; from: string; to: string; location: 0 | 1 }[]
  capacity: number
  confirmed: number
  waitlisted: number
  deadlineDaysBefore: number
  /** Under this many confirmed the dashboard lists the session as at risk of cancellation. */
  minParticipants?: number
}

export interface OfferingSeed {
  kind: 'course' | 'programme'
  title: string
  slug: string
  summary: string
  description: ReturnType<typeof richText>
  audience: 'leaders' | 'employees' | 'all'
  format: 'in-person' | 'digital' | 'hybrid'
  duration: string
  topics: string[]
  facilitators: number[]
  price: { free: boolean; amountNok?: number }
  learningOutcomes: string[]
  questions: { label: string; type: 'text' | 'textarea' | 'choice' | 'checkbox'; required: boolean; options?: string[] }[]
  managerApproval: boolean
  byApplication?: boolean
  /** Those who complete are emailed a certificate (kursbevis). */
  certificate?: boolean
  sessions: SessionPlan[]
}

const day = (from: string, to: string, location: 0 | 1, dayOffset = 0) => ({ dayOffset, from, to, location })

export const offerings: OfferingSeed[] = [
  {
    kind: 'course',
    title: 'Medarbeidersamtaler for tillitsbasert styring og ledelse',
    slug: 'medarbeidersamtaler-for-tillitsbasert-styring-og-ledelse',
    summary: 'Hvordan medarbeidersamtalen kan bli en forpliktende dialog om mål og handlingsrom – for ledere og medarbeidere.',
    description: richText(
      'Ledere som er gode på medarbeidersamtalen tar ofte tillitsbasert styring og ledelse lettere også. Begge bygger på at dialog om oppdraget gir økt trivsel og sterkere resultater.',
      '## Dette jobber vi med',
      '- Forberedelse til samtalen, for begge parter\n- Å snakke om mål, oppdrag og handlingsrom\n- Oppfølging med 10-FAKTOR',
    ),
    audience: 'all',
    format: 'in-person',
    duration: '1 dag',
    topics: ['medarbeidersamtalen', 'tillitsbasert-ledelse', '10-faktor'],
    facilitators: [0, 1],
    price: { free: true },
    learningOutcomes: [
      'Du kan forberede og gjennomføre en medarbeidersamtale om mål og handlingsrom.',
      'Du kjenner sammenhengen mellom medarbeidersamtalen og 10-FAKTOR.',
    ],
    questions: [
      { label: 'Har du gjennomført medarbeidersamtaler før?', type: 'choice', required: true, options: ['Ja, som leder', 'Ja, som medarbeider', 'Nei'] },
      { label: 'Behov for tilrettelegging (valgfritt)', type: 'text', required: false },
    ],
    managerApproval: false,
    sessions: [
      { inDays: 21, meetings: [day('09:00', '15:30', 0)], capacity: 20, confirmed: 17, waitlisted: 0, deadlineDaysBefore: 7, minParticipants: 10 },
      { inDays: 70, meetings: [day('09:00', '15:30', 0)], capacity: 24, confirmed: 4, waitlisted: 0, deadlineDaysBefore: 7, minParticipants: 8 },
    ],
  },
  {
    kind: 'course',
    title: 'Om å fremme tillitsbasert ledelse og mestringsklima',
    slug: 'om-a-fremme-tillitsbasert-ledelse-og-mestringsklima',
    summary: 'Praksisnær trening i å gi handlingsrom, delegere og bygge et klima der medarbeidere mestrer.',
    description: richText(
      'Å praktisere stor grad av tillit forutsetter myndiggjøring og delegering, men kan oppleves som risikofylt. Kurset gir trening i forpliktende dialog om felles mål og handlingsrom.',
      'Kurset går over to halve dager, den første fysisk på Helsfyr og den andre digitalt.',
    ),
    audience: 'leaders',
    format: 'hybrid',
    duration: '2 halve dager',
    topics: ['tillitsbasert-ledelse'],
    facilitators: [0],
    price: { free: true },
    learningOutcomes: ['Du kan drøfte handlingsrom og risiko med egne medarbeidere.', 'Du kjenner til hva som fremmer et mestringsklima.'],
    questions: [],
    managerApproval: false,
    sessions: [
      {
        inDays: 35,
        meetings: [day('12:00', '15:30', 0), day('12:00', '15:30', 1, 7)],
        capacity: 12,
        confirmed: 12,
        waitlisted: 3,
        deadlineDaysBefore: 5,
      },
    ],
  },
  {
    kind: 'course',
    title: 'Tillitsbasert styring og ledelse',
    slug: 'tillitsbasert-styring-og-ledelse',
    summary: 'Introduksjonskurs: en felles forståelse av hva tillitsbasert styring og ledelse betyr i Oslo kommune.',
    description: richText(
      'Tillit skal prege styringen av kommunen. Introduksjonskurset rammer inn tillit som arbeidsform i styringsdialogen og i utøvelsen av lederrollen.',
    ),
    audience: 'leaders',
    format: 'digital',
    duration: '3 timer',
    topics: ['tillitsbasert-ledelse'],
    facilitators: [1],
    price: { free: true },
    learningOutcomes: ['Du kjenner kommunens prinsipper for tillitsbasert styring og ledelse.'],
    questions: [],
    managerApproval: false,
    sessions: [
      { inDays: 14, meetings: [day('09:00', '12:00', 1)], capacity: 40, confirmed: 10, waitlisted: 0, deadlineDaysBefore: 2, minParticipants: 12 },
      { inDays: 56, meetings: [day('12:30', '15:30', 1)], capacity: 40, confirmed: 0, waitlisted: 0, deadlineDaysBefore: 2 },
    ],
  },
  {
    kind: 'programme',
    title: 'Tillitsbasert ledelse',
    slug: 'tillitsbasert-ledelse',
    summary: 'Lederutviklingsprogram over fire samlinger: tillit som strategi og arbeidsform, i eget lederskap og i virksomheten.',
    description: richText(
      'Programmet går over et halvt år med fire samlinger og arbeid i egen virksomhet mellom samlingene. Opptak skjer etter søknad.',
      '## Samlingene',
      '- Tillit som strategi\n- Handlingsrom og delegering\n- Medvirkning sammen med innbyggere\n- Egen praksis videre',
    ),
    audience: 'leaders',
    format: 'in-person',
    duration: '4 samlinger over 6 måneder',
    topics: ['tillitsbasert-ledelse', 'medvirkning'],
    facilitators: [0, 1],
    price: { free: false, amountNok: 12000 },
    learningOutcomes: ['Du har prøvd ut tillitsbasert ledelse i egen virksomhet og delt erfaringer med andre ledere.'],
    questions: [{ label: 'Hvorfor søker du programmet?', type: 'textarea', required: true }],
    managerApproval: true,
    byApplication: true,
    certificate: true,
    sessions: [
      {
        inDays: 49,
        meetings: [day('09:00', '16:00', 0), day('09:00', '16:00', 0, 42), day('09:00', '16:00', 0, 91), day('09:00', '16:00', 0, 140)],
        capacity: 16,
        confirmed: 5,
        waitlisted: 0,
        deadlineDaysBefore: 21,
      },
    ],
  },
]

export const services = [
  {
    title: 'Open Space – hjelp til å gjennomføre prosessen',
    slug: 'open-space',
    summary: 'Vi hjelper virksomheten med å planlegge og lede en Open Space-prosess med brukerråd, eldreråd, ungdomsråd og lokalpolitikere.',
    description: richText(
      'Flere virksomheter bruker Open Space for å skape åpenhet og tillit overfor innbyggerne, ved å ta med brukerrepresentanter i prosesser for innspill til utvikling av tjenestene.',
      'Vi planlegger sammen med dere, leder selve dagen og leverer en oppsummering av innspillene.',
    ),
    deliverables: ['Planleggingsmøte med oppdragsgiver', 'Prosessledelse på dagen', 'Skriftlig oppsummering av innspillene'],
    typicalDuration: 'Én dag, med planlegging i forkant',
    suitedFor: 'Virksomheter som vil involvere brukerråd, eldreråd, ungdomsråd eller lokalpolitikere i tjenesteutvikling.',
  },
  {
    title: 'Støtte i arbeidet med 10-FAKTOR og medarbeidersamtalen',
    slug: '10-faktor-stotte',
    summary: 'Veiledning til ledere og ledergrupper som vil bruke 10-FAKTOR og medarbeidersamtalen i tillitsbasert ledelse.',
    description: richText('Vi hjelper ledergruppen med å tolke resultatene fra 10-FAKTOR og følge dem opp i medarbeidersamtalene.'),
    deliverables: ['Gjennomgang av resultatene med ledergruppen', 'Opplegg for oppfølging i medarbeidersamtalen'],
    typicalDuration: '2–3 møter over en måned',
    suitedFor: 'Ledergrupper og enkeltledere.',
  },
]

/** Orders of the services waiting for an answer, so the dashboard has some to show (keyed by `idempotencyKey`: seeded once). */
export const serviceRequests = [
  {
    service: 'open-space',
    contactName: 'Demo Bestiller',
    email: 'bestiller@example.org',
    agency: 'Bydel Gamle Oslo',
    wishedDates: 'En dag i mars eller april',
    groupSize: 40,
    description: 'Vi vil invitere brukerrådet og eldrerådet til en Open Space om nye hjemmetjenester.',
    status: 'new',
    idempotencyKey: 'demo-seed-request-open-space',
  },
  {
    service: '10-faktor-stotte',
    contactName: 'Demo Leder',
    email: 'leder@example.org',
    agency: 'Utviklings- og kompetanseetaten',
    wishedDates: 'Før sommeren',
    groupSize: 8,
    description: 'Ledergruppen vil gå gjennom resultatene fra 10-FAKTOR og planlegge medarbeidersamtalene.',
    status: 'in-dialogue',
    idempotencyKey: 'demo-seed-request-10-faktor',
  },
] as const

/**
 * The issuer's facts for the settings global (*Virksomhetsinnstillinger*). Oslo kommune's organisation number
 * (the agency is part of the municipality) and its switchboard; the address and inbox are demo values.
 */
export const issuer = {
  name: 'Utviklings- og kompetanseetaten (UKE), Oslo kommune',
  organisationNumber: '958935420',
  address: { street: 'Helsfyr', postalCode: '0663', city: 'Oslo' },
  contactEmail: 'kurs@example.org',
  phone: '+47 21 80 21 80',
}
