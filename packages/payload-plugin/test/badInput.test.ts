import { isApiErrorBody, type ApiErrorBody, type ErrorCode, type FieldErrorCode } from '@kurskatalog/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCatalogFixture, type CatalogFixture } from './support/catalogFixtures.js'
import { testDatabases } from './support/databases.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'
import { createApprovalCourse, createCourseWithQuestions, createDraftCourse, createSession, daysFromNow } from './support/writeFixtures.js'
import { agencyOrigin, postJson, registrationsPath, signupBody } from './support/writeRequests.js'

type Id = number | string

/** Where each bad request goes; filled in once the fixture exists. */
interface Targets {
  open: Id
  withQuestions: Id
  questions: { text: string; choice: string; checkbox: string }
  pastDeadline: Id
  cancelled: Id
  fullNoWaitlist: Id
  draft: Id
  unknown: string
  /** A session of a course the manager must approve, and the approval token of a seat held on it. */
  approval: Id
  heldToken: string
}

interface BadInput {
  name: string
  path: (targets: Targets) => string
  init: (targets: Targets) => RequestInit
  status: number
  code: ErrorCode
  field?: [string, FieldErrorCode]
}

const signup = (name: string, body: (targets: Targets) => unknown, field: [string, FieldErrorCode], session: keyof Targets = 'open'): BadInput => ({
  name,
  path: (targets) => registrationsPath(targets[session] as Id),
  init: (targets) => postJson(body(targets)),
  status: 422,
  code: 'validation',
  field,
})
const without = (key: string) => () => {
  const body = signupBody()
  delete body[key]
  return body
}
const answered = (answers: (questions: Targets['questions']) => Record<string, unknown>) => (targets: Targets) =>
  signupBody({ answers: { [targets.questions.text]: 'Tillit', [targets.questions.checkbox]: true, ...answers(targets.questions) } })

const serviceRequest = (overrides: Record<string, unknown> = {}) => ({
  contactName: 'Kari Nordmann',
  email: 'kari@oslo.kommune.no',
  agency: 'Bydel Frogner',
  wishedDates: 'Uke 12',
  groupSize: 30,
  description: 'Open Space for hele bydelen',
  idempotencyKey: `sr-${Math.random().toString(36).slice(2, 12)}`,
  ...overrides,
})
const serviceRequestPath = '/api/catalog/v1/services/open-space/requests'
const approvalPath = '/api/catalog/v1/approval'
const leader = (name: string, leaderEmail: unknown, code: FieldErrorCode) =>
  signup(name, () => signupBody(leaderEmail === undefined ? {} : { leaderEmail }), ['leaderEmail', code], 'approval')
const decide = (name: string, body: (targets: Targets) => unknown, status: number, code: ErrorCode, field?: [string, FieldErrorCode], origin?: string | null): BadInput => ({
  name,
  path: () => approvalPath,
  init: (targets) => postJson(body(targets), origin === undefined ? {} : { origin }),
  status,
  code,
  field,
})

const badInputs: BadInput[] = [
  // Missing, wrong type, oversized, unicode edge cases: each field its own code.
  signup('name missing', without('name'), ['name', 'required']),
  signup('name empty', () => signupBody({ name: '' }), ['name', 'required']),
  signup('name only spaces', () => signupBody({ name: '   ' }), ['name', 'required']),
  signup('name only zero-width characters', () => signupBody({ name: '\u200B\u200D\u2060' }), ['name', 'required']),
  signup('name null', () => signupBody({ name: null }), ['name', 'required']),
  signup('name a number', () => signupBody({ name: 42 }), ['name', 'invalid-type']),
  signup('name an array', () => signupBody({ name: ['Ola'] }), ['name', 'invalid-type']),
  signup('name 121 characters', () => signupBody({ name: 'Å'.repeat(121) }), ['name', 'too-long']),
  signup('name with a bell control character', () => signupBody({ name: 'Ola\u0007' }), ['name', 'invalid-characters']),
  signup('name with a right-to-left override', () => signupBody({ name: 'Ola\u202Enamdron' }), ['name', 'invalid-characters']),
  signup('name with a line break', () => signupBody({ name: 'Ola\nBcc: x@y.no' }), ['name', 'invalid-characters']),
  signup('name with a byte-order mark inside', () => signupBody({ name: 'Ol\uFEFFa' }), ['name', 'invalid-characters']),
  signup('email missing', without('email'), ['email', 'required']),
  signup('email not an address', () => signupBody({ email: 'ola.oslo.kommune.no' }), ['email', 'invalid-email']),
  signup('email with script injection', () => signupBody({ email: '<script>alert(1)</script>@oslo.kommune.no' }), ['email', 'invalid-email']),
  signup('email with a header injection', () => signupBody({ email: 'ola@oslo.kommune.no\r\nBcc: all@oslo.kommune.no' }), ['email', 'invalid-email']),
  signup('email 255 characters', () => signupBody({ email: `${'o'.repeat(240)}@oslo.kommune.no` }), ['email', 'too-long']),
  signup('email a number', () => signupBody({ email: 12345 }), ['email', 'invalid-type']),
  signup('agency missing', without('agency'), ['agency', 'required']),
  signup('agency 161 characters', () => signupBody({ agency: 'x'.repeat(161) }), ['agency', 'too-long']),
  signup('role an object', () => signupBody({ role: { toString: 'x' } }), ['role', 'invalid-type']),
  signup('role 121 characters', () => signupBody({ role: 'r'.repeat(121) }), ['role', 'too-long']),
  signup('locale not ours', () => signupBody({ locale: 'de' }), ['locale', 'invalid-choice']),
  signup('locale with script injection', () => signupBody({ locale: '<script>' }), ['locale', 'invalid-choice']),
  signup('idempotency key missing', without('idempotencyKey'), ['idempotencyKey', 'required']),
  signup('idempotency key too short', () => signupBody({ idempotencyKey: 'abc' }), ['idempotencyKey', 'invalid-characters']),
  signup('idempotency key with SQL', () => signupBody({ idempotencyKey: "x' OR '1'='1" }), ['idempotencyKey', 'invalid-characters']),
  signup('name with a line separator (U+2028)', () => signupBody({ name: 'Ola\u2028Bcc: x@y.no' }), ['name', 'invalid-characters']),
  signup('name with a lone high surrogate', () => signupBody({ name: 'Ola\uD800' }), ['name', 'invalid-characters']),
  signup('agency with a lone low surrogate', () => signupBody({ agency: '\uDC00Bydel' }), ['agency', 'invalid-characters']),
  signup('email local part of 65 characters', () => signupBody({ email: `${'o'.repeat(65)}@oslo.kommune.no` }), ['email', 'invalid-email']),
  signup('source URL javascript:', () => signupBody({ sourceUrl: 'javascript:alert(document.cookie)' }), ['sourceUrl', 'invalid-url']),
  signup('source URL with CR/LF', () => signupBody({ sourceUrl: 'https://bydel.example.org/\r\nSet-Cookie: x=1' }), ['sourceUrl', 'invalid-url']),
  signup('source URL with NUL', () => signupBody({ sourceUrl: 'https://bydel.example.org/\u0000' }), ['sourceUrl', 'invalid-url']),
  signup('source URL relative', () => signupBody({ sourceUrl: '/kurs' }), ['sourceUrl', 'invalid-url']),
  signup('source URL 2001 characters', () => signupBody({ sourceUrl: `https://x.no/${'a'.repeat(1990)}` }), ['sourceUrl', 'too-long']),
  signup('answers a string', () => signupBody({ answers: 'ja' }), ['answers', 'invalid-type']),
  signup('31 answers', () => signupBody({ answers: Object.fromEntries(Array.from({ length: 31 }, (_, index) => [`q${index}`, 'x'])) }), ['answers', 'too-many-answers']),
  signup('answer to an unknown question', () => signupBody({ answers: { nope: 'x' } }), ['answers.nope', 'unknown-field']),
  signup('body a JSON array', () => [signupBody()], ['name', 'required']),
  signup('idempotency key a number', () => signupBody({ idempotencyKey: 12345678 }), ['idempotencyKey', 'invalid-type']),
  // The course's own questions.
  signup('required question unanswered', (targets) => signupBody({ answers: { [targets.questions.checkbox]: true } }), ['answers.text', 'required'], 'withQuestions'),
  signup('choice not among the options', answered((q) => ({ [q.choice]: 'Fisk' })), ['answers.choice', 'invalid-choice'], 'withQuestions'),
  signup('checkbox answered with a string', answered((q) => ({ [q.checkbox]: 'true' })), ['answers.checkbox', 'invalid-type'], 'withQuestions'),
  signup('text answer 501 characters', answered((q) => ({ [q.text]: 't'.repeat(501) })), ['answers.text', 'too-long'], 'withQuestions'),
  // The session itself.
  { name: 'unknown session', path: (t) => registrationsPath(t.unknown), init: () => postJson(signupBody()), status: 404, code: 'not-found' },
  { name: 'malformed session id', path: () => registrationsPath('not-an-id'), init: () => postJson(signupBody()), status: 404, code: 'not-found' },
  { name: 'session id with SQL', path: () => registrationsPath("1 OR 1=1"), init: () => postJson(signupBody()), status: 404, code: 'not-found' },
  { name: 'session of a draft course', path: (t) => registrationsPath(t.draft), init: () => postJson(signupBody()), status: 404, code: 'not-found' },
  { name: 'deadline passed', path: (t) => registrationsPath(t.pastDeadline), init: () => postJson(signupBody()), status: 409, code: 'deadline-passed' },
  { name: 'session cancelled', path: (t) => registrationsPath(t.cancelled), init: () => postJson(signupBody()), status: 409, code: 'session-cancelled' },
  { name: 'full and no waiting list', path: (t) => registrationsPath(t.fullNoWaitlist), init: () => postJson(signupBody()), status: 409, code: 'session-full' },
  // The door.
  { name: 'origin not registered', path: (t) => registrationsPath(t.open), init: () => postJson(signupBody(), { origin: 'https://evil.example.com' }), status: 403, code: 'origin-not-allowed' },
  { name: 'no origin', path: (t) => registrationsPath(t.open), init: () => postJson(signupBody(), { origin: null }), status: 403, code: 'origin-not-allowed' },
  { name: 'origin "null" (sandboxed frame)', path: (t) => registrationsPath(t.open), init: () => postJson(signupBody(), { origin: 'null' }), status: 403, code: 'origin-not-allowed' },
  { name: 'origin with a path', path: (t) => registrationsPath(t.open), init: () => postJson(signupBody(), { origin: `${agencyOrigin}/kurs` }), status: 403, code: 'origin-not-allowed' },
  { name: 'origin of a look-alike host', path: (t) => registrationsPath(t.open), init: () => postJson(signupBody(), { origin: 'https://bydel.example.org.evil.com' }), status: 403, code: 'origin-not-allowed' },
  { name: 'honeypot filled', path: (t) => registrationsPath(t.open), init: () => postJson(signupBody({ website: 'http://spam.example' })), status: 400, code: 'spam-suspected' },
  { name: 'bad JSON', path: (t) => registrationsPath(t.open), init: () => postJson('{"name": "Ola",'), status: 400, code: 'invalid-json' },
  {
    name: 'bytes that are not UTF-8',
    path: (t) => registrationsPath(t.open),
    init: () => ({ method: 'POST', headers: { 'Content-Type': 'application/json', Origin: agencyOrigin }, body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]) }),
    status: 400,
    code: 'invalid-json',
  },
  {
    name: 'text/plain content type',
    path: (t) => registrationsPath(t.open),
    init: () => ({ method: 'POST', headers: { 'Content-Type': 'text/plain', Origin: agencyOrigin }, body: JSON.stringify(signupBody()) }),
    status: 415,
    code: 'unsupported-media-type',
  },
  {
    name: 'form post to the JSON endpoint',
    path: (t) => registrationsPath(t.open),
    init: () => ({ method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: agencyOrigin }, body: 'name=Ola' }),
    status: 415,
    code: 'unsupported-media-type',
  },
  { name: 'huge body (64 KB)', path: (t) => registrationsPath(t.open), init: () => postJson(signupBody({ role: 'x'.repeat(64 * 1024) })), status: 413, code: 'payload-too-large' },
  // Cancel links.
  { name: 'cancel with a made-up token', path: () => '/api/catalog/v1/cancel', init: () => postJson({ token: 'A'.repeat(43) }), status: 404, code: 'invalid-token' },
  { name: 'cancel without a token', path: () => '/api/catalog/v1/cancel', init: () => postJson({}), status: 404, code: 'invalid-token' },
  { name: 'cancel with a token that is an object', path: () => '/api/catalog/v1/cancel', init: () => postJson({ token: { $ne: null } }), status: 404, code: 'invalid-token' },
  // The leader's email, on a course the manager must approve.
  leader('leader email missing', undefined, 'required'),
  leader('leader email empty', '', 'required'),
  leader('leader email only spaces', '   ', 'required'),
  leader('leader email not an address', 'sjefen', 'invalid-email'),
  leader('leader email with script injection', '<script>alert(1)</script>@oslo.kommune.no', 'invalid-email'),
  leader('leader email with a header injection', 'leder@oslo.kommune.no\r\nBcc: all@oslo.kommune.no', 'invalid-email'),
  leader('leader email 255 characters', `${'l'.repeat(240)}@oslo.kommune.no`, 'too-long'),
  leader('leader email a number', 12345, 'invalid-type'),
  leader('leader email an array', ['leder@oslo.kommune.no'], 'invalid-type'),
  // A leader's decision.
  decide('approval with a made-up token', () => ({ token: 'A'.repeat(43), decision: 'approve' }), 404, 'invalid-token'),
  decide('approval without a token', () => ({ decision: 'approve' }), 404, 'invalid-token'),
  decide('approval with a token that is an object', () => ({ token: { $ne: null }, decision: 'approve' }), 404, 'invalid-token'),
  decide('approval with a token of 10,000 characters', () => ({ token: 'A'.repeat(10_000), decision: 'decline' }), 404, 'invalid-token'),
  decide('approval with a token carrying SQL', () => ({ token: "x' OR '1'='1", decision: 'decline' }), 404, 'invalid-token'),
  decide('approval without a decision', (t) => ({ token: t.heldToken }), 422, 'validation', ['decision', 'invalid-choice']),
  decide('approval with an unknown decision', (t) => ({ token: t.heldToken, decision: 'maybe' }), 422, 'validation', ['decision', 'invalid-choice']),
  decide('approval with a decision that is an object', (t) => ({ token: t.heldToken, decision: { toString: 'approve' } }), 422, 'validation', ['decision', 'invalid-choice']),
  decide('approval with a decision and script injection', (t) => ({ token: t.heldToken, decision: 'approve<script>' }), 422, 'validation', ['decision', 'invalid-choice']),
  decide('approval from an unknown origin', (t) => ({ token: t.heldToken, decision: 'approve' }), 403, 'origin-not-allowed', undefined, 'https://evil.example.com'),
  decide('approval with no origin', (t) => ({ token: t.heldToken, decision: 'approve' }), 403, 'origin-not-allowed', undefined, null),
  decide('approval as bad JSON', () => '{"token": "', 400, 'invalid-json'),
  {
    name: 'approval as text/plain',
    path: () => approvalPath,
    init: (t) => ({ method: 'POST', headers: { 'Content-Type': 'text/plain', Origin: agencyOrigin }, body: JSON.stringify({ token: t.heldToken, decision: 'approve' }) }),
    status: 415,
    code: 'unsupported-media-type',
  },
  { name: 'approval with a huge body (64 KB)', path: () => approvalPath, init: (t) => postJson({ token: t.heldToken, decision: 'approve', x: 'x'.repeat(64 * 1024) }), status: 413, code: 'payload-too-large' },
  // The waiting-list email's leave link (the same token as the cancel link, a route of its own).
  { name: 'leave the waiting list with a made-up token', path: () => '/api/catalog/v1/leave-waitlist', init: () => postJson({ token: 'A'.repeat(43) }), status: 404, code: 'invalid-token' },
  { name: 'leave the waiting list without a token', path: () => '/api/catalog/v1/leave-waitlist', init: () => postJson({}), status: 404, code: 'invalid-token' },
  { name: 'leave the waiting list with a token that is an object', path: () => '/api/catalog/v1/leave-waitlist', init: () => postJson({ token: { $ne: null } }), status: 404, code: 'invalid-token' },
  { name: 'leave the waiting list with a huge body (64 KB)', path: () => '/api/catalog/v1/leave-waitlist', init: () => postJson({ token: 'x'.repeat(64 * 1024) }), status: 413, code: 'payload-too-large' },
  { name: 'leave the waiting list from an unknown origin', path: () => '/api/catalog/v1/leave-waitlist', init: () => postJson({ token: 'A'.repeat(43) }, { origin: 'https://evil.example.com' }), status: 403, code: 'origin-not-allowed' },
  // Service requests.
  { name: 'service that does not exist', path: () => '/api/catalog/v1/services/finnes-ikke/requests', init: () => postJson(serviceRequest()), status: 404, code: 'not-found' },
  { name: 'service request honeypot filled', path: () => serviceRequestPath, init: () => postJson(serviceRequest({ website: 'x' })), status: 400, code: 'spam-suspected' },
  { name: 'service request group of 0', path: () => serviceRequestPath, init: () => postJson(serviceRequest({ groupSize: 0 })), status: 422, code: 'validation', field: ['groupSize', 'out-of-range'] },
  { name: 'service request group size in words', path: () => serviceRequestPath, init: () => postJson(serviceRequest({ groupSize: 'tretti' })), status: 422, code: 'validation', field: ['groupSize', 'invalid-type'] },
  { name: 'service request phone with letters', path: () => serviceRequestPath, init: () => postJson(serviceRequest({ phone: 'ring meg' })), status: 422, code: 'validation', field: ['phone', 'invalid-characters'] },
  { name: 'service request description 4001 characters', path: () => serviceRequestPath, init: () => postJson(serviceRequest({ description: 'd'.repeat(4001) })), status: 422, code: 'validation', field: ['description', 'too-long'] },
  { name: 'service request description with a lone surrogate', path: () => serviceRequestPath, init: () => postJson(serviceRequest({ description: 'Open\uD83D Space' })), status: 422, code: 'validation', field: ['description', 'invalid-characters'] },
  { name: 'service request contact name with U+2029', path: () => serviceRequestPath, init: () => postJson(serviceRequest({ contactName: 'Kari\u2029Nordmann' })), status: 422, code: 'validation', field: ['contactName', 'invalid-characters'] },
  { name: 'service request email local part of 65 characters', path: () => serviceRequestPath, init: () => postJson(serviceRequest({ email: `${'k'.repeat(65)}@oslo.kommune.no` })), status: 422, code: 'validation', field: ['email', 'invalid-email'] },
  { name: 'service request from an unknown origin', path: () => serviceRequestPath, init: () => postJson(serviceRequest(), { origin: 'https://evil.example.com' }), status: 403, code: 'origin-not-allowed' },
]

// Values a hostile client sends instead of a string, a number or a map. The `__proto__` one is parsed from
// JSON text, so that it is an own key, as it is in a request body.
const hostileValues: [string, unknown][] = [
  ['an object with toString', { toString: 1 }],
  ['an object with valueOf and toString', { valueOf: {}, toString: {} }],
  ['an array', ['x']],
  ['an empty array', []],
  ['a number', 42],
  ['a boolean', true],
  ['null', null],
  ['a huge string', 'x'.repeat(10_000)],
  ['an object with a __proto__ key', JSON.parse('{"__proto__": {"polluted": 1}}')],
  ['an object with a constructor key', { constructor: { prototype: { polluted: 1 } } }],
  ['the string __proto__', '__proto__'],
  ['the string constructor', 'constructor'],
]
const plainText = ['name', 'agency', 'role', 'idempotencyKey', 'contactName', 'wishedDates', 'description']
/** The few of these a field may take: null for an optional field reads as left out, and some are plain text or a number. */
const takes = (field: string, value: unknown) =>
  (value === null && ['role', 'website', 'phone', 'sourceUrl'].includes(field)) ||
  (typeof value === 'string' && value.length < 20 && plainText.includes(field)) ||
  (value === 42 && field === 'groupSize')
const hostileBodies: { form: string; field: string; path: (targets: Targets) => string; body: () => Record<string, unknown> }[] = [
  ...['name', 'email', 'agency', 'role', 'answers', 'locale', 'idempotencyKey', 'website', 'sourceUrl'].map((field) => ({
    form: 'sign-up',
    field,
    path: (targets: Targets) => registrationsPath(targets.open),
    body: () => signupBody({ sourceUrl: 'https://bydel.example.org/kurs' }),
  })),
  ...['contactName', 'email', 'phone', 'agency', 'wishedDates', 'groupSize', 'description', 'locale', 'idempotencyKey', 'website'].map((field) => ({
    form: 'service request',
    field,
    path: () => serviceRequestPath,
    body: () => serviceRequest({ phone: '+47 22 00 00 00' }),
  })),
  { form: 'cancel', field: 'token', path: () => '/api/catalog/v1/cancel', body: () => ({ token: 'A'.repeat(43) }) },
  { form: 'sign-up needing approval', field: 'leaderEmail', path: (targets: Targets) => registrationsPath(targets.approval), body: () => signupBody() },
  ...['token', 'decision'].map((field) => ({ form: 'approval', field, path: () => approvalPath, body: () => ({ token: 'A'.repeat(43), decision: 'approve' }) })),
  { form: 'leave the waiting list', field: 'token', path: () => '/api/catalog/v1/leave-waitlist', body: () => ({ token: 'A'.repeat(43) }) },
]
const hostileCases = hostileBodies.flatMap(({ form, field, path, body }) =>
  hostileValues.map(([what, value]) => ({ name: `${form} ${field} ${what}`, field, value, path, body })),
)

describe.each(testDatabases)('bad input on $name', (database) => {
  let catalog: RunningCatalog
  let fixture: CatalogFixture
  let targets: Targets

  const counts = async () => ({
    registrations: (await catalog.payload.count({ collection: 'registrations' })).totalDocs,
    serviceRequests: (await catalog.payload.count({ collection: 'service-requests' })).totalDocs,
    held: (await catalog.payload.count({ collection: 'registrations', where: { status: { equals: 'pending-approval' } } })).totalDocs,
    emails: (await catalog.payload.count({ collection: 'queued-emails' })).totalDocs,
  })

  beforeAll(async () => {
    catalog = await startCatalog(await database.start(), { rateLimit: false })
    fixture = await createCatalogFixture(catalog.payload)
    await catalog.payload.update({ collection: 'services', id: fixture.service, data: { slug: 'open-space' } })
    const course = await createCourseWithQuestions(catalog.payload)
    targets = {
      open: fixture.sessions[0]!,
      withQuestions: await createSession(catalog.payload, fixture, { course: course.id }),
      questions: { text: course.text, choice: course.choice, checkbox: course.checkbox },
      pastDeadline: await createSession(catalog.payload, fixture, { signupDeadline: daysFromNow(-1) }),
      cancelled: await createSession(catalog.payload, fixture, { status: 'cancelled' }),
      fullNoWaitlist: await createSession(catalog.payload, fixture, { capacity: 1, waitlistEnabled: false }),
      draft: await createSession(catalog.payload, fixture, { course: await createDraftCourse(catalog.payload) }),
      unknown: database.name === 'sqlite' ? '987654' : '0123456789abcdef01234567',
      approval: await createSession(catalog.payload, fixture, { course: await createApprovalCourse(catalog.payload) }),
      heldToken: '',
    }
    const first = await catalog.request(registrationsPath(targets.fullNoWaitlist), postJson(signupBody()))
    expect(first.status).toBe(201)
    const held = await catalog.request(registrationsPath(targets.approval), postJson(signupBody({ email: 'held@oslo.kommune.no', leaderEmail: 'leder@oslo.kommune.no' })))
    expect(held.status).toBe(201)
    const [registration] = (await catalog.payload.find({ collection: 'registrations', where: { email: { equals: 'held@oslo.kommune.no' } }, depth: 0 })).docs
    targets.heldToken = String(registration!.approvalToken)
  })
  afterAll(() => catalog?.stop())

  it(`has at least 40 cases (${badInputs.length})`, () => {
    expect(badInputs.length).toBeGreaterThanOrEqual(40)
  })

  it.each(badInputs)('$name → $status $code', async (bad) => {
    const before = await counts()
    const response = await catalog.request(bad.path(targets), bad.init(targets))
    const body = (await response.json()) as ApiErrorBody
    expect(response.status).toBe(bad.status)
    expect(body.error.code).toBe(bad.code)
    expect(body.error.message.length).toBeGreaterThan(0)
    if (bad.field) {
      const [name, code] = bad.field
      const key = name.startsWith('answers.') ? `answers.${targets.questions[name.slice(8) as keyof Targets['questions']] ?? name.slice(8)}` : name
      expect(body.error.fields?.[key]?.code, JSON.stringify(body.error.fields)).toBe(code)
    }
    expect(await counts()).toEqual(before)
  })

  it.each(hostileCases)('$name → the one 4xx shape, readable by the widget', async ({ field, value, path, body }) => {
    const response = await catalog.request(path(targets), postJson({ ...body(), [field]: value }))
    const answer: unknown = await response.json()
    expect(response.headers.get('access-control-allow-origin')).toBe(agencyOrigin)
    if (takes(field, value)) return expect(response.status).toBe(201)
    expect(response.status, JSON.stringify(answer).slice(0, 300)).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
    expect(isApiErrorBody(answer)).toBe(true)
  })

  it.each(['__proto__', 'constructor', 'prototype'])('a body with a top-level %s key is refused in the one shape, the key never read', async (key) => {
    for (const [path, body] of [
      [registrationsPath(targets.open), signupBody({ name: '' })],
      [serviceRequestPath, serviceRequest({ contactName: '' })],
    ] as const) {
      const text = JSON.stringify(body).replace(/^\{/, `{"${key}": {"locale": {"toString": 1}, "name": "Ola"},`)
      const response = await catalog.request(path, postJson(text))
      expect(response.status).toBe(422)
      expect(response.headers.get('access-control-allow-origin')).toBe(agencyOrigin)
      expect(isApiErrorBody(await response.json())).toBe(true)
    }
  })

  it.each([
    ['no token', () => `${approvalPath}?decision=approve`],
    ['a made-up token', () => `${approvalPath}?token=${'A'.repeat(43)}&decision=approve`],
    ['a token with markup', () => `${approvalPath}?token=${encodeURIComponent('<script>alert(1)</script>')}&decision=approve`],
    ['a token of 10,000 characters', () => `${approvalPath}?token=${'A'.repeat(10_000)}&decision=decline`],
    ['the real token without a decision', () => `${approvalPath}?token=${targets.heldToken}`],
    ['the real token with a hostile decision', () => `${approvalPath}?token=${targets.heldToken}&decision=${encodeURIComponent('"><script>alert(1)</script>')}`],
  ])('the leader\'s link with %s shows a page that decides nothing', async (_, path) => {
    const before = await counts()
    const response = await catalog.request(path())
    expect(response.status).toBe(404)
    const html = await response.text()
    expect(html).toContain('Lenken er ugyldig eller utløpt')
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<form')
    expect(await counts()).toEqual(before)
  })
})
