import type {
  OfferingDetail,
  OfferingListResponse,
  OfferingSummary,
  ServiceDetail,
  SessionDetail,
  SessionSummary,
  SignupResult,
} from '@kurskatalog/contract'

export function session(overrides: Partial<SessionSummary> = {}): SessionSummary {
  return {
    id: 'sess-1',
    startsAt: '2026-03-03T08:00:00.000Z',
    endsAt: '2026-03-03T14:00:00.000Z',
    meetings: [
      {
        startsAt: '2026-03-03T08:00:00.000Z',
        endsAt: '2026-03-03T14:00:00.000Z',
        place: { name: 'Rådhuset, møterom 3', address: 'Rådhusplassen 1' },
        online: false,
      },
    ],
    language: 'nb',
    capacity: 20,
    seatsLeft: 3,
    seatStatus: 'open',
    signupDeadline: '2026-02-24T22:59:00.000Z',
    waitlistEnabled: true,
    ...overrides,
  }
}

export function offering(overrides: Partial<OfferingSummary> = {}): OfferingSummary {
  return {
    kind: 'course',
    slug: 'medarbeidersamtalen',
    title: 'Medarbeidersamtalen',
    summary: 'Hvordan du forbereder og gjennomfører gode medarbeidersamtaler.',
    audience: 'leaders',
    format: 'in-person',
    topics: [{ slug: 'ledelse', title: 'Ledelse' }],
    duration: '1 dag',
    price: { free: true, amountNok: null },
    byApplication: false,
    nextSessions: [session()],
    updatedAt: '2026-01-10T10:00:00.000Z',
    ...overrides,
  }
}

export function listing(items: OfferingSummary[], overrides: Partial<OfferingListResponse> = {}): OfferingListResponse {
  return { items, page: 1, limit: 12, totalItems: items.length, totalPages: 1, ...overrides }
}

export function detail(overrides: Partial<OfferingDetail> = {}): OfferingDetail {
  return {
    ...offering(),
    description: [
      { type: 'paragraph', text: 'En dag om samtalen som betyr mest.' },
      { type: 'heading', level: 2, text: 'Opplegg' },
      { type: 'list', ordered: false, items: ['Forberedelse', 'Gjennomføring'] },
    ],
    learningOutcomes: ['Planlegge en samtale', 'Følge opp avtaler'],
    facilitators: [{ name: 'Ola Nordmann', title: 'Rådgiver' }],
    questions: [],
    managerApproval: false,
    sessions: [session(), session({ id: 'sess-2', seatStatus: 'waitlist', seatsLeft: 0, startsAt: '2026-04-14T07:00:00.000Z', endsAt: '2026-04-14T13:00:00.000Z' })],
    ...overrides,
  }
}

export function sessionDetail(overrides: Partial<SessionDetail> = {}): SessionDetail {
  return {
    ...session(),
    offering: {
      kind: 'course',
      slug: 'medarbeidersamtalen',
      title: 'Medarbeidersamtalen',
      questions: [
        { id: 'diet', label: 'Allergier eller kosthold', type: 'text', required: false, options: [] },
        { id: 'level', label: 'Erfaring som leder', type: 'choice', required: true, options: ['Ny', 'Erfaren'] },
        { id: 'terms', label: 'Jeg har avklart deltakelsen med lederen min', type: 'checkbox', required: true, options: [] },
      ],
      managerApproval: false,
    },
    ...overrides,
  }
}

export function signupResult(overrides: Partial<SignupResult> = {}): SignupResult {
  return {
    status: 'confirmed',
    waitlistPosition: null,
    sessionId: 'sess-1',
    offeringTitle: 'Medarbeidersamtalen',
    startsAt: '2026-03-03T08:00:00.000Z',
    email: 'kari@bfr.oslo.kommune.no',
    ...overrides,
  }
}

export function service(overrides: Partial<ServiceDetail> = {}): ServiceDetail {
  return {
    slug: 'open-space',
    title: 'Open Space',
    summary: 'En prosessledet samling der deltakerne setter dagsorden selv.',
    typicalDuration: '1 dag',
    suitedFor: 'Enheter med 20–200 ansatte',
    updatedAt: '2026-01-10T10:00:00.000Z',
    description: [{ type: 'paragraph', text: 'Vi leder prosessen, dere eier innholdet.' }],
    deliverables: ['Plan for dagen', 'Referat'],
    ...overrides,
  }
}
