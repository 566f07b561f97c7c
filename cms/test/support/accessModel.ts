/**
 * What each caller may read, collection by collection — the access model of DESIGN.md and
 * issue 2 written down as data, so the matrix test checks the running app against it (and not
 * against the plugin's own code).
 */
export type Caller = 'anonymous' | 'editor' | 'admin'

/** `all`: every document; `published`: published offerings only; `self`: only one's own user; `none`: refused. */
export type Reach = 'all' | 'published' | 'self' | 'none'

export interface CollectionAccess {
  slug: string
  /** Payload's GraphQL names for the collection (from the slug; `all…` when singular equals plural). */
  graphql: { single: string; list: string }
  /** Has drafts and versions. */
  drafts: boolean
  /** The demo seed puts documents in it (or the matrix setup does), so an allowed read must find some. */
  populated: boolean
  read: Record<Caller, Reach>
  /**
   * Query paths (`where`, `sort`, `select`) anonymous callers may not use: personal fields, joins to
   * records they cannot read, and personal fields reached through a relationship. In a closed
   * collection every path is closed; a few stand for all. Editors may use each one.
   */
  privatePaths: string[]
}

const catalogue = (reach: Reach): Record<Caller, Reach> => ({ anonymous: reach, editor: 'all', admin: 'all' })

export const collectionAccess: CollectionAccess[] = [
  {
    slug: 'courses',
    graphql: { single: 'Course', list: 'Courses' },
    drafts: true,
    populated: true,
    read: catalogue('published'),
    privatePaths: ['facilitators.email', 'agencies.contactEmail', 'agencies.allowedOrigins.origin'],
  },
  {
    slug: 'programmes',
    graphql: { single: 'Programme', list: 'Programmes' },
    drafts: true,
    populated: true,
    read: catalogue('published'),
    privatePaths: ['facilitators.email', 'agencies.contactEmail'],
  },
  { slug: 'services', graphql: { single: 'Service', list: 'Services' }, drafts: true, populated: true, read: catalogue('published'), privatePaths: [] },
  {
    slug: 'sessions',
    graphql: { single: 'Session', list: 'Sessions' },
    drafts: false,
    populated: true,
    read: catalogue('all'),
    privatePaths: ['registrations', 'registrations.email', 'registrations.status', 'course.facilitators.email', 'meetings.onlineUrl', 'messages', 'messages.subject'],
  },
  {
    slug: 'registrations',
    graphql: { single: 'Registration', list: 'Registrations' },
    drafts: false,
    populated: true,
    read: catalogue('none'),
    privatePaths: ['session', 'email', 'status'],
  },
  {
    slug: 'service-requests',
    graphql: { single: 'ServiceRequest', list: 'ServiceRequests' },
    drafts: false,
    populated: true,
    read: catalogue('none'),
    privatePaths: ['service', 'email', 'status'],
  },
  { slug: 'facilitators', graphql: { single: 'Facilitator', list: 'Facilitators' }, drafts: false, populated: true, read: catalogue('all'), privatePaths: ['email'] },
  { slug: 'locations', graphql: { single: 'Location', list: 'Locations' }, drafts: false, populated: true, read: catalogue('all'), privatePaths: [] },
  { slug: 'topics', graphql: { single: 'Topic', list: 'Topics' }, drafts: false, populated: true, read: catalogue('all'), privatePaths: [] },
  {
    slug: 'agencies',
    graphql: { single: 'Agency', list: 'Agencies' },
    drafts: false,
    populated: true,
    read: catalogue('all'),
    privatePaths: ['contactEmail', 'allowedOrigins.origin'],
  },
  {
    slug: 'session-seats',
    graphql: { single: 'SessionSeat', list: 'SessionSeats' },
    drafts: false,
    populated: true,
    read: catalogue('none'),
    privatePaths: ['session', 'taken'],
  },
  // Who came to which gathering: the matrix setup marks one seeded participant through the organiser's endpoint.
  {
    slug: 'attendance',
    graphql: { single: 'AttendanceMark', list: 'AttendanceMarks' },
    drafts: false,
    populated: true,
    read: catalogue('none'),
    privatePaths: ['registration', 'present'],
  },
  {
    slug: 'users',
    graphql: { single: 'User', list: 'Users' },
    drafts: false,
    populated: true,
    read: { anonymous: 'none', editor: 'self', admin: 'all' },
    privatePaths: ['email', 'role'],
  },
  {
    slug: 'editor-messages',
    graphql: { single: 'EditorMessage', list: 'EditorMessages' },
    drafts: false,
    populated: true,
    read: catalogue('none'),
    privatePaths: ['session', 'subject'],
  },
  // Images are public; the demo has none, and the matrix uploads none (they would land in cms/media).
  { slug: 'media', graphql: { single: 'Media', list: 'allMedia' }, drafts: false, populated: false, read: catalogue('all'), privatePaths: [] },
]

/** Fields only editors may read, with the value the matrix setup stores in them. */
export const personalFields = {
  facilitatorEmail: 'kursholder.test@example.org',
  agencyContactEmail: 'kontakt.test@example.org',
  agencyOrigin: 'https://intranett.test.example.org',
  meetingLink: 'https://moete.test.example.org/hemmelig-rom',
}

/** Texts that exist only in unpublished versions: anonymous callers must never see them. */
export const draftOnly = {
  newCourseTitle: 'UTKAST – hemmelig kurs som ikke er publisert',
  newCourseSlug: 'utkast-hemmelig-kurs',
  changedTitle: 'UTKAST – upublisert endring av tittel',
}

/** The organiser's desk under each session (`/api/sessions/:id/…`): editors and admins only, never cached. */
export const organiserUrls: { suffix: string; contentType: RegExp }[] = [
  { suffix: 'participants', contentType: /^application\/json/ },
  { suffix: 'participants.csv', contentType: /^text\/csv; charset=utf-8$/ },
  { suffix: 'participants.xlsx', contentType: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet$/ },
  { suffix: 'sign-in-sheet.pdf', contentType: /^application\/pdf$/ },
  { suffix: 'sign-in-sheet.pdf?utgave=uten-navn', contentType: /^application\/pdf$/ },
]

/** The editors' messages (`/api/sessions/:id/message…`, `/api/service-requests/:id/step-message…`): editors and admins only, never cached. */
export const messageUrls: { name: string; method: 'GET' | 'POST'; path: (ids: { session: string | number; request: string | number }) => string; body?: Record<string, unknown> }[] = [
  {
    name: 'preview of an email to a session',
    method: 'POST',
    path: (ids) => `/api/sessions/${ids.session}/message/preview`,
    body: { audience: 'confirmed', subject: 'Testmelding', body: 'Bare en forhåndsvisning.' },
  },
  {
    name: 'a service request step\'s draft',
    method: 'GET',
    path: (ids) => `/api/service-requests/${ids.request}/step-message?status=confirmed`,
  },
  {
    name: 'preview of a message to a requester',
    method: 'POST',
    path: (ids) => `/api/service-requests/${ids.request}/step-message/preview`,
    body: { subject: 'Testsvar', body: 'Bare en forhåndsvisning.' },
  },
]
/** A registration's own files (`/api/registrations/:id/…`): editors and admins only, never cached. */
export const registrationUrls: { suffix: string; contentType: RegExp }[] = [{ suffix: 'certificate.pdf', contentType: /^application\/pdf$/ }]

export interface GlobalAccess {
  slug: string
  /** Payload's GraphQL names for the global's query and its update mutation. */
  graphql: { read: string; update: string }
  read: Record<Caller, boolean>
  update: Record<Caller, boolean>
}

/** The globals: the issuer's facts are printed on public papers, so anyone reads them; editors change them. */
export const globalAccess: GlobalAccess[] = [
  {
    slug: 'issuer-settings',
    graphql: { read: 'IssuerSetting', update: 'updateIssuerSetting' },
    read: { anonymous: true, editor: true, admin: true },
    update: { anonymous: false, editor: true, admin: true },
  },
]
