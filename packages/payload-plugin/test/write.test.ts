import { errorMessages, type ApiErrorBody, type CancelResult, type ServiceRequestResult, type SignupResult } from '@kurskatalog/contract'
import { startMailSink, type MailSink } from '@kurskatalog/test-support'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCatalogFixture, type CatalogFixture } from './support/catalogFixtures.js'
import { testDatabases } from './support/databases.js'
import { outboxSent } from './support/outboxSent.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'
import { emailToSink } from './support/withMailSink.js'
import { createSession } from './support/writeFixtures.js'
import { agencyOrigin, postJson, registrationsPath, signupBody } from './support/writeRequests.js'
import { startInsideRateWindow } from './support/startInsideRateWindow.js'

const cancelPath = '/api/catalog/v1/cancel'

describe.each(testDatabases)('write endpoints on $name', (database) => {
  let catalog: RunningCatalog
  let fixture: CatalogFixture
  let sink: MailSink

  const signUp = async (session: number | string, body: Record<string, unknown>, init: Parameters<typeof postJson>[1] = {}) => {
    const response = await catalog.request(registrationsPath(session), postJson(body, init))
    return { status: response.status, headers: response.headers, body: (await response.json()) as SignupResult & ApiErrorBody }
  }
  const registrationsOf = async (session: number | string) =>
    (await catalog.payload.find({ collection: 'registrations', where: { session: { equals: session } }, pagination: false, depth: 0, sort: 'createdAt' })).docs
  const ledgerOf = async (session: number | string) =>
    (await catalog.payload.find({ collection: 'session-seats', where: { session: { equals: session } }, depth: 0 })).docs[0]

  beforeAll(async () => {
    sink = await startMailSink()
    catalog = await startCatalog(await database.start(), { publicUrl: 'https://kurs.example.org', rateLimit: { max: 3, windowSeconds: 60 }, trustedProxies: 1 }, [
      emailToSink(sink),
    ])
    fixture = await createCatalogFixture(catalog.payload)
  })
  afterAll(async () => {
    await catalog?.stop()
    await sink?.stop()
  })

  // Every request gets its own client address so only the rate-limit test meets the limit of 3.
  let client = 0
  const fresh = () => ({ headers: { 'X-Forwarded-For': `192.0.2.${++client % 250}, 10.0.0.1`.replace(/, 10.0.0.1$/, '') } })

  describe('idempotency', () => {
    it('answers a retried sign-up with the first answer and stores one registration', async () => {
      const session = await createSession(catalog.payload, fixture, { capacity: 5 })
      const body = signupBody()
      const first = await signUp(session, body, fresh())
      const again = await signUp(session, body, fresh())
      expect(first.status).toBe(201)
      expect(again.status).toBe(first.status)
      expect(again.body).toEqual(first.body)
      expect(first.body).toMatchObject({ status: 'confirmed', waitlistPosition: null, sessionId: String(session), email: body.email })
      expect(await registrationsOf(session)).toHaveLength(1)
      expect(Number((await ledgerOf(session))!.taken)).toBe(1)
    })

    it('answers a double click (two at once with one key) with one registration and the same answer twice', async () => {
      const session = await createSession(catalog.payload, fixture, { capacity: 5 })
      const body = signupBody()
      const [a, b] = await Promise.all([signUp(session, body, fresh()), signUp(session, body, fresh())])
      expect([a.status, b.status]).toEqual([201, 201])
      expect(a.body).toEqual(b.body)
      expect(await registrationsOf(session)).toHaveLength(1)
      // The loser gave its seat back.
      expect(Number((await ledgerOf(session))!.taken)).toBe(1)
    })

    it('refuses a key reused for another person', async () => {
      const session = await createSession(catalog.payload, fixture, { capacity: 5 })
      const body = signupBody()
      await signUp(session, body, fresh())
      const other = await signUp(session, { ...body, email: 'someone.else@oslo.kommune.no' }, fresh())
      expect(other.status).toBe(409)
      expect(other.body.error).toEqual({ code: 'idempotency-key-reused', message: errorMessages.nb.errors['idempotency-key-reused'] })
      expect(await registrationsOf(session)).toHaveLength(1)
    })

    it('answers a retried sign-up whose place was cancelled meanwhile with what happened and what to do', async () => {
      const session = await createSession(catalog.payload, fixture, { capacity: 5 })
      const body = signupBody()
      await signUp(session, body, fresh())
      const [registration] = await registrationsOf(session)
      expect((await catalog.request(cancelPath, postJson({ token: registration!.cancelToken }, fresh()))).status).toBe(200)
      const retried = await signUp(session, body, fresh())
      expect(retried.status).toBe(409)
      expect(retried.body.error.code).toBe('already-cancelled')
      expect(retried.body.error.message).toMatch(/meldt av\. Last siden på nytt/)
    })

    it('refuses a key reused on another session, and says the form was already sent', async () => {
      const [first, second] = [await createSession(catalog.payload, fixture), await createSession(catalog.payload, fixture)]
      const body = signupBody({ locale: 'en' })
      expect((await signUp(first, body, fresh())).status).toBe(201)
      const other = await signUp(second, body, fresh())
      expect(other.status).toBe(409)
      expect(other.body.error.code).toBe('idempotency-key-reused')
      expect(other.body.error.message).toBe(errorMessages.en.errors['idempotency-key-reused'])
      expect(await registrationsOf(second)).toHaveLength(0)
    })
  })

  describe('one address, one place', () => {
    it('refuses the same email twice with different keys, whatever its case', async () => {
      const session = await createSession(catalog.payload, fixture, { capacity: 5 })
      const first = await signUp(session, signupBody({ email: 'kari@oslo.kommune.no' }), fresh())
      const second = await signUp(session, signupBody({ email: ' Kari@Oslo.Kommune.no ' }), fresh())
      expect(first.status).toBe(201)
      expect(second.status).toBe(409)
      expect(second.body.error.code).toBe('already-registered')
      expect(await registrationsOf(session)).toHaveLength(1)
      expect(Number((await ledgerOf(session))!.taken)).toBe(1)
    })

    it('lets exactly one of two simultaneous sign-ups with one address through, and keeps the seat count honest', async () => {
      const session = await createSession(catalog.payload, fixture, { capacity: 5 })
      const answers = await Promise.all(Array.from({ length: 6 }, () => signUp(session, signupBody({ email: 'samtidig@oslo.kommune.no' }), fresh())))
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 409, 409, 409, 409, 409])
      expect(await registrationsOf(session)).toHaveLength(1)
      expect(Number((await ledgerOf(session))!.taken)).toBe(1)
    })

    it('lets a person who cancelled sign up again', async () => {
      const session = await createSession(catalog.payload, fixture, { capacity: 5 })
      const body = signupBody({ email: 'igjen@oslo.kommune.no' })
      await signUp(session, body, fresh())
      const [registration] = await registrationsOf(session)
      const cancelled = await catalog.request(cancelPath, postJson({ token: registration!.cancelToken }, fresh()))
      expect(cancelled.status).toBe(200)
      const again = await signUp(session, signupBody({ email: 'igjen@oslo.kommune.no' }), fresh())
      expect(again.status).toBe(201)
      expect(Number((await ledgerOf(session))!.taken)).toBe(1)
    })
  })

  describe('seats, waiting list and approval', () => {
    it('puts people on the waiting list in order once the seats are gone, and refuses when the list is off', async () => {
      const session = await createSession(catalog.payload, fixture, { capacity: 2 })
      const answers = []
      for (let index = 0; index < 4; index++) answers.push(await signUp(session, signupBody(), fresh()))
      expect(answers.map((answer) => [answer.body.status, answer.body.waitlistPosition])).toEqual([
        ['confirmed', null],
        ['confirmed', null],
        ['waitlisted', 1],
        ['waitlisted', 2],
      ])
      const closed = await createSession(catalog.payload, fixture, { capacity: 1, waitlistEnabled: false })
      expect((await signUp(closed, signupBody(), fresh())).status).toBe(201)
      const full = await signUp(closed, signupBody(), fresh())
      expect([full.status, full.body.error.code]).toEqual([409, 'session-full'])
    })

    it('holds a seat pending approval for a programme taken by application', async () => {
      const cohort = fixture.sessions[3]!
      const answer = await signUp(cohort, signupBody(), fresh())
      expect(answer.status).toBe(201)
      expect(answer.body.status).toBe('pending-approval')
      expect(Number((await ledgerOf(cohort))!.taken)).toBe(1)
    })
  })

  describe('cancel', () => {
    it('cancels once: three clicks at once free one seat, promote one person, and all say the place is cancelled', async () => {
      const session = await createSession(catalog.payload, fixture, { capacity: 1 })
      await signUp(session, signupBody({ email: 'holder@oslo.kommune.no' }), fresh())
      await signUp(session, signupBody({ email: 'first.waiting@oslo.kommune.no' }), fresh())
      await signUp(session, signupBody({ email: 'second.waiting@oslo.kommune.no' }), fresh())
      const holder = (await registrationsOf(session)).find((doc) => doc.email === 'holder@oslo.kommune.no')!
      const clicks = await Promise.all([1, 2, 3].map(() => catalog.request(cancelPath, postJson({ token: holder.cancelToken }, fresh()))))
      expect(clicks.map((click) => click.status)).toEqual([200, 200, 200])
      for (const done of (await Promise.all(clicks.map((click) => click.json()))) as CancelResult[]) {
        expect(done).toMatchObject({ status: 'cancelled', offeringTitle: 'Tillitsbasert styring og ledelse' })
      }
      const after = await registrationsOf(session)
      expect(after.map((doc) => [doc.email, doc.status])).toEqual([
        ['holder@oslo.kommune.no', 'cancelled'],
        ['first.waiting@oslo.kommune.no', 'confirmed'],
        ['second.waiting@oslo.kommune.no', 'waitlisted'],
      ])
      expect(Number((await ledgerOf(session))!.taken)).toBe(1)
    })

    it('shows a confirm page on GET and cancels nothing until the form is posted', async () => {
      const session = await createSession(catalog.payload, fixture, { capacity: 3 })
      await signUp(session, signupBody({ locale: 'en' }), fresh())
      const [registration] = await registrationsOf(session)
      const token = registration!.cancelToken as string
      const page = await catalog.request(`${cancelPath}?token=${token}`)
      const html = await page.text()
      expect(page.status).toBe(200)
      expect(page.headers.get('content-type')).toContain('text/html')
      expect(page.headers.get('referrer-policy')).toBe('same-origin')
      expect(html).toContain('<html lang="en">')
      expect(html).toContain('<form method="post" action="/api/catalog/v1/cancel">')
      expect(html).toContain(`name="token" value="${token}"`)
      expect(html).toContain('Yes, cancel my place')
      expect((await registrationsOf(session))[0]!.status).toBe('confirmed')

      // The button posts a plain form from the CMS's own page.
      const posted = await catalog.request(cancelPath, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://kurs.example.org', ...fresh().headers },
        body: new URLSearchParams({ token }).toString(),
      })
      expect(posted.status).toBe(200)
      expect(await posted.text()).toContain('Your place is cancelled')
      expect((await registrationsOf(session))[0]!.status).toBe('cancelled')
      expect(Number((await ledgerOf(session))!.taken)).toBe(0)

      // The same form posted again (back button, a second tab) says the same, and cancels nothing again.
      // Emails go out after the answers; those of the steps above are let in before the sink is emptied.
      await sink.waitFor((message) => message.subject.startsWith('You have cancelled'))
      await outboxSent(catalog.payload)
      await sink.clear()
      const again = await catalog.request(cancelPath, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://kurs.example.org', ...fresh().headers },
        body: new URLSearchParams({ token }).toString(),
      })
      const againHtml = await again.text()
      expect(again.status).toBe(200)
      expect(againHtml).toContain('Your place is cancelled')
      expect(againHtml).toContain('You have already cancelled your place')
      expect(againHtml).not.toContain('did not go through')
      // Opening the link now shows the same page.
      const reopened = await catalog.request(`${cancelPath}?token=${token}`)
      expect(reopened.status).toBe(200)
      expect(await reopened.text()).toBe(againHtml)
      const json = await catalog.request(cancelPath, postJson({ token }, fresh()))
      expect(json.status).toBe(200)
      expect(await json.json()).toMatchObject({ status: 'cancelled', offeringTitle: 'Tillitsbasert styring og ledelse' })
      expect(Number((await ledgerOf(session))!.taken)).toBe(0)
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(await sink.messages()).toEqual([])

      const unknown = await catalog.request(`${cancelPath}?token=nope`)
      expect(unknown.status).toBe(404)
      expect(await unknown.text()).toContain('Lenken er ugyldig')
    })
  })

  describe('service requests', () => {
    it('stores a request with status new, once per idempotency key', async () => {
      await catalog.payload.update({ collection: 'services', id: fixture.service, data: { slug: 'open-space-skriv' } })
      const body = {
        contactName: 'Kari Nordmann',
        email: 'kari@oslo.kommune.no',
        agency: 'Bydel Frogner',
        wishedDates: 'Uke 12 eller 13',
        groupSize: '45',
        description: 'Open Space om tillit',
        locale: 'nn',
        idempotencyKey: 'service-request-1',
      }
      const path = '/api/catalog/v1/services/open-space-skriv/requests'
      const first = await catalog.request(path, postJson(body, fresh()))
      const again = await catalog.request(path, postJson(body, fresh()))
      expect(first.status).toBe(201)
      expect(again.status).toBe(201)
      expect((await first.json()) as ServiceRequestResult).toEqual({ status: 'new', serviceTitle: 'Open Space', email: 'kari@oslo.kommune.no' })
      const stored = await catalog.payload.find({ collection: 'service-requests', where: { idempotencyKey: { equals: 'service-request-1' } }, depth: 0 })
      expect(stored.docs).toHaveLength(1)
      expect(stored.docs[0]).toMatchObject({ status: 'new', groupSize: 45, sourceOrigin: agencyOrigin, locale: 'nn' })
    })

    it('refuses a key reused on another service instead of answering a 201 for an order it did not store', async () => {
      const other = await catalog.payload.create({
        collection: 'services',
        data: { title: 'Fremtidsverksted', slug: 'fremtidsverksted', summary: 'Prosesshjelp', deliverables: [{ text: 'Verksted' }], _status: 'published' },
      })
      await catalog.payload.update({ collection: 'services', id: fixture.service, data: { slug: 'open-space-nokkel' } })
      const body = {
        contactName: 'Kari Nordmann',
        email: 'kari@oslo.kommune.no',
        agency: 'Bydel Frogner',
        wishedDates: 'Uke 12',
        groupSize: 20,
        description: 'Open Space om tillit',
        locale: 'nn',
        idempotencyKey: 'service-request-reused',
      }
      const first = await catalog.request('/api/catalog/v1/services/open-space-nokkel/requests', postJson(body, fresh()))
      expect(first.status).toBe(201)
      const reused = await catalog.request(`/api/catalog/v1/services/${other.slug}/requests`, postJson(body, fresh()))
      expect(reused.status).toBe(409)
      expect(reused.headers.get('access-control-allow-origin')).toBe(agencyOrigin)
      expect(((await reused.json()) as ApiErrorBody).error).toEqual({
        code: 'idempotency-key-reused',
        message: errorMessages.nn.errors['idempotency-key-reused'],
      })
      const stored = await catalog.payload.find({ collection: 'service-requests', where: { idempotencyKey: { equals: 'service-request-reused' } }, depth: 0 })
      expect(stored.docs.map((doc) => String(doc.service))).toEqual([String(fixture.service)])
    })
  })

  describe('the door', () => {
    it('answers a CORS preflight for a registered origin and refuses any other', async () => {
      const preflight = (origin: string) =>
        catalog.request(registrationsPath(fixture.sessions[0]!), {
          method: 'OPTIONS',
          headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
        })
      const allowed = await preflight(agencyOrigin)
      expect(allowed.status).toBe(204)
      expect(allowed.headers.get('access-control-allow-origin')).toBe(agencyOrigin)
      expect(allowed.headers.get('access-control-allow-methods')).toContain('POST')
      expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type')
      expect(allowed.headers.get('vary')).toContain('Origin')
      const refused = await preflight('https://evil.example.com')
      expect(refused.status).toBe(403)
      expect(refused.headers.get('access-control-allow-origin')).not.toBe('https://evil.example.com')
      expect(refused.headers.get('access-control-allow-origin')).not.toBe('*')
      for (const path of [cancelPath, '/api/catalog/v1/services/x/requests']) {
        const other = await catalog.request(path, { method: 'OPTIONS', headers: { Origin: agencyOrigin, 'Access-Control-Request-Method': 'POST' } })
        expect(other.status).toBe(204)
      }
    })

    it('refuses an unknown origin in words that fit every route, sign-up or not, in each language', async () => {
      const routes = [registrationsPath(fixture.sessions[0]!), '/api/catalog/v1/services/x/requests', cancelPath]
      for (const lang of ['nb', 'nn', 'en'] as const) {
        for (const path of routes) {
          const refused = await catalog.request(path, postJson({}, { origin: 'https://evil.example.com', headers: { 'Accept-Language': lang, ...fresh().headers } }))
          const { error } = (await refused.json()) as ApiErrorBody
          expect(refused.status).toBe(403)
          expect(error).toEqual({ code: 'origin-not-allowed', message: errorMessages[lang].errors['origin-not-allowed'] })
          expect(error.message).not.toMatch(/påmeld|sign-up/i)
        }
      }
    })

    it('takes sign-ups from a site the moment an editor registers it (trailing slash or not), and refuses them the moment it is removed', async () => {
      const site = `https://ny-${database.name}.example.org`
      const session = fixture.sessions[0]!
      const before = await signUp(session, signupBody(), { origin: site, ...fresh() })
      expect(before.status).toBe(403)
      const agency = await catalog.payload.create({ collection: 'agencies', data: { name: `Ny virksomhet ${database.name}`, allowedOrigins: [{ origin: `${site}/` }] } })
      const added = await signUp(session, signupBody(), { origin: site, ...fresh() })
      expect(added.status).toBe(201)
      expect(added.headers.get('access-control-allow-origin')).toBe(site)
      await catalog.payload.update({ collection: 'agencies', id: agency.id, data: { allowedOrigins: [] } })
      const removed = await signUp(session, signupBody(), { origin: site, ...fresh() })
      expect(removed.status).toBe(403)
      expect(removed.body.error.code).toBe('origin-not-allowed')
    })

    it('lets the widget read its answer: the allowed origin is echoed on success and on refusal', async () => {
      const answer = await signUp(fixture.sessions[0]!, signupBody({ name: '' }), fresh())
      expect(answer.status).toBe(422)
      expect(answer.headers.get('access-control-allow-origin')).toBe(agencyOrigin)
      expect(answer.headers.get('cache-control')).toBe('no-store')
    })

    it('rate-limits one client per route across the window, with Retry-After, and counts others apart', async () => {
      await startInsideRateWindow(60)
      const address = { headers: { 'X-Forwarded-For': '203.0.113.7' } }
      const session = fixture.sessions[1]!
      const statuses = []
      for (let index = 0; index < 4; index++) statuses.push((await signUp(session, signupBody(), address)).status)
      expect(statuses).toEqual([201, 201, 201, 429])
      const limited = await signUp(session, signupBody(), address)
      expect(limited.body.error.code).toBe('rate-limited')
      const retryAfter = Number(limited.headers.get('retry-after'))
      expect(retryAfter).toBeGreaterThan(0)
      expect(retryAfter).toBeLessThanOrEqual(60)
      // Another client, and the same client on another route, are not affected.
      expect((await signUp(session, signupBody(), fresh())).status).toBe(201)
      const cancel = await catalog.request(cancelPath, postJson({ token: 'x'.repeat(43) }, address))
      expect(cancel.status).toBe(404)
    })
  })
})
