import type { ApiErrorBody, LeaveWaitlistResult } from '@kurskatalog/contract'
import { startMailSink, type MailMessage, type MailSink } from '@kurskatalog/test-support'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCatalogFixture, type CatalogFixture } from './support/catalogFixtures.js'
import { testDatabases } from './support/databases.js'
import { outboxSent } from './support/outboxSent.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'
import { emailToSink } from './support/withMailSink.js'
import { createSession } from './support/writeFixtures.js'
import { postJson, registrationsPath, signupBody } from './support/writeRequests.js'

type Id = number | string
const publicUrl = 'https://kurs.example.org'
const leavePath = '/api/catalog/v1/leave-waitlist'
const cancelPath = '/api/catalog/v1/cancel'
const to = (address: string) => (message: MailMessage) => message.to.includes(address)
const leaveLinkIn = (text: string) => text.match(/https:\/\/kurs\.example\.org\/api\/catalog\/v1\/leave-waitlist\?token=([A-Za-z0-9_-]+)/)
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Leaving the waiting list by the waiting-list email's own link (GET asks, POST decides), and no
 * promotion once a session has started, by the catalogue's clock.
 */
describe.each(testDatabases)('the waiting list on $name', (database) => {
  let catalog: RunningCatalog
  let fixture: CatalogFixture
  let sink: MailSink
  // The catalogue's clock, moved by the tests; starts as the real time.
  let now: Date | null = null

  let client = 0
  const fresh = () => ({ headers: { 'X-Forwarded-For': `198.51.100.${++client % 250}` } })
  const signUp = async (session: Id, email: string, locale = 'nb') => {
    const answer = await catalog.request(registrationsPath(session), postJson(signupBody({ email, locale }), fresh()))
    expect(answer.status, await answer.clone().text()).toBe(201)
  }
  const placeOf = async (email: string) =>
    (await catalog.payload.find({ collection: 'registrations', where: { email: { equals: email } }, depth: 0, limit: 1 })).docs[0] as unknown as {
      id: Id
      status: string
      cancelReason?: string | null
      cancelToken: string
      waitlistPosition?: number | null
      activeKey?: string
    }
  const takenOn = async (session: Id) => Number((await catalog.payload.find({ collection: 'session-seats', where: { session: { equals: session } }, depth: 0 })).docs[0]?.taken)
  const emailsTo = async (address: string) => (await sink.messages()).filter(to(address))
  const postForm = (path: string, token: string) =>
    catalog.request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: publicUrl, ...fresh().headers },
      body: new URLSearchParams({ token }).toString(),
    })

  beforeAll(async () => {
    sink = await startMailSink()
    catalog = await startCatalog(await database.start(), { publicUrl, trustedProxies: 1, clock: () => now ?? new Date() }, [emailToSink(sink)])
    fixture = await createCatalogFixture(catalog.payload)
  })
  afterAll(async () => {
    await catalog?.stop()
    await sink?.stop()
  })

  describe('leaving it by the link in the waiting-list email', () => {
    it('asks on GET, leaves on the form’s POST with its reason kept, sends a receipt, and moves no seat', async () => {
      const session = await createSession(catalog.payload, fixture, { capacity: 1 })
      await signUp(session, 'seated.leave@oslo.kommune.no')
      await signUp(session, 'leaver@oslo.kommune.no', 'nn')
      await signUp(session, 'behind.leaver@oslo.kommune.no')
      const notice = await sink.waitFor(to('leaver@oslo.kommune.no'))
      expect(notice.subject).toBe('Du står på venteliste: Tillitsbasert styring og ledelse')
      // The notice's link is its own: leave the waiting list, not the cancel link.
      expect(notice.text).toContain('Forlat ventelista')
      expect(notice.text).not.toContain('/api/catalog/v1/cancel')
      const link = leaveLinkIn(notice.text)
      expect(link, notice.text).not.toBeNull()
      expect(notice.html).toContain(`href="${link![0]}"`)
      const token = link![1]!
      expect(token).toBe((await placeOf('leaver@oslo.kommune.no')).cancelToken)

      // Opening the link (a mail scanner does) only asks.
      const page = await catalog.request(`${leavePath}?token=${token}`)
      const html = await page.text()
      expect(page.status).toBe(200)
      expect(page.headers.get('content-type')).toContain('text/html')
      expect(page.headers.get('referrer-policy')).toBe('same-origin')
      expect(html).toContain('<html lang="nn">')
      expect(html).toContain('<h1>Forlat ventelista</h1>')
      expect(html).toContain(`<form method="post" action="${leavePath}">`)
      expect(html).toContain(`name="token" value="${token}"`)
      expect(html).toContain('Ja, ta meg av ventelista')
      expect((await placeOf('leaver@oslo.kommune.no')).status).toBe('waitlisted')

      const posted = await postForm(leavePath, token)
      expect(posted.status).toBe(200)
      expect(await posted.text()).toContain('Du står ikkje lenger på ventelista til «Tillitsbasert styring og ledelse». Vi har sendt deg ei stadfesting')
      const left = await placeOf('leaver@oslo.kommune.no')
      expect(left).toMatchObject({ status: 'cancelled', cancelReason: 'left-waitlist' })
      // The address is free again (they may sign up anew), the seat and the others' places are as they were.
      expect(left.activeKey).toBe(`cancelled:${left.id}`)
      expect(await takenOn(session)).toBe(1)
      expect((await placeOf('seated.leave@oslo.kommune.no')).status).toBe('confirmed')
      expect((await placeOf('behind.leaver@oslo.kommune.no')).status).toBe('waitlisted')

      const receipt = await sink.waitFor((message) => to('leaver@oslo.kommune.no')(message) && message.subject.startsWith('Du har forlate'))
      expect(receipt.subject).toBe('Du har forlate ventelista: Tillitsbasert styring og ledelse')
      expect(receipt.text).toContain('Du står ikkje lenger på ventelista')
      const stored = await catalog.payload.find({ collection: 'queued-emails', where: { to: { equals: 'leaver@oslo.kommune.no' } }, depth: 0, sort: 'createdAt' })
      expect(stored.docs.map((email) => [email.kind, String(email.registration)])).toEqual([
        ['signup-waitlisted', String(left.id)],
        ['waitlist-left', String(left.id)],
      ])

      // Again (back button, a second tab, the link opened later): the same news, nothing done, nothing sent.
      await outboxSent(catalog.payload)
      const again = await postForm(leavePath, token)
      expect(again.status).toBe(200)
      expect(await again.text()).toContain('Du treng ikkje gjere noko meir')
      const reopened = await catalog.request(`${leavePath}?token=${token}`)
      expect(reopened.status).toBe(200)
      expect(await reopened.text()).toContain('Du treng ikkje gjere noko meir')
      const json = await catalog.request(leavePath, postJson({ token }, fresh()))
      expect(json.status).toBe(200)
      expect((await json.json()) as LeaveWaitlistResult).toMatchObject({ status: 'left-waitlist', offeringTitle: 'Tillitsbasert styring og ledelse' })
      await pause(300)
      await outboxSent(catalog.payload)
      expect((await emailsTo('leaver@oslo.kommune.no')).map((message) => message.subject)).toEqual([
        'Du står på venteliste: Tillitsbasert styring og ledelse',
        'Du har forlate ventelista: Tillitsbasert styring og ledelse',
      ])
    })

    it('leaves once for a double click: three POSTs at once, one place ended, one receipt', async () => {
      const session = await createSession(catalog.payload, fixture, { capacity: 1 })
      await signUp(session, 'seated.double@oslo.kommune.no')
      await signUp(session, 'double.click@oslo.kommune.no', 'en')
      const { cancelToken } = await placeOf('double.click@oslo.kommune.no')
      const clicks = await Promise.all([1, 2, 3].map(() => catalog.request(leavePath, postJson({ token: cancelToken }, fresh()))))
      expect(clicks.map((click) => click.status)).toEqual([200, 200, 200])
      for (const body of (await Promise.all(clicks.map((click) => click.json()))) as LeaveWaitlistResult[]) expect(body.status).toBe('left-waitlist')
      expect(await placeOf('double.click@oslo.kommune.no')).toMatchObject({ status: 'cancelled', cancelReason: 'left-waitlist' })
      await sink.waitFor((message) => to('double.click@oslo.kommune.no')(message) && message.subject.startsWith('You have left'))
      await pause(300)
      await outboxSent(catalog.payload)
      // Each email goes out after its own commit, so the receipt may even arrive before the notice.
      expect((await emailsTo('double.click@oslo.kommune.no')).map((message) => message.subject).sort()).toEqual([
        'You are on the waiting list: Tillitsbasert styring og ledelse',
        'You have left the waiting list: Tillitsbasert styring og ledelse',
      ])
      expect(await takenOn(session)).toBe(1)
    })

    it('tells a person moved up before the click that they have a seat, and where to cancel instead; nothing changes', async () => {
      const session = await createSession(catalog.payload, fixture, { capacity: 1 })
      await signUp(session, 'gives.up@oslo.kommune.no')
      await signUp(session, 'moved.up@oslo.kommune.no')
      const notice = await sink.waitFor(to('moved.up@oslo.kommune.no'))
      const token = leaveLinkIn(notice.text)![1]!
      const holder = await placeOf('gives.up@oslo.kommune.no')
      expect((await catalog.request(cancelPath, postJson({ token: holder.cancelToken }, fresh()))).status).toBe(200)
      expect((await placeOf('moved.up@oslo.kommune.no')).status).toBe('confirmed')
      await sink.waitFor((message) => to('moved.up@oslo.kommune.no')(message) && message.subject.startsWith('Du har fått plass'))
      await outboxSent(catalog.payload)
      const before = (await emailsTo('moved.up@oslo.kommune.no')).length

      const page = await catalog.request(`${leavePath}?token=${token}`)
      const html = await page.text()
      expect(page.status).toBe(200)
      expect(html).toContain('<h1>Du har fått plass</h1>')
      expect(html).toContain('står ikke lenger på ventelisten')
      expect(html).toContain(`<a href="${cancelPath}?token=${token}">Meld meg av</a>`)
      expect(html).not.toContain('<form')
      const posted = await postForm(leavePath, token)
      expect(posted.status).toBe(409)
      expect(await posted.text()).toContain(`<a href="${cancelPath}?token=${token}">Meld meg av</a>`)
      const json = await catalog.request(leavePath, postJson({ token }, fresh()))
      expect(json.status).toBe(409)
      expect(((await json.json()) as ApiErrorBody).error.code).toBe('already-promoted')
      expect((await placeOf('moved.up@oslo.kommune.no')).status).toBe('confirmed')
      expect(await takenOn(session)).toBe(1)
      await pause(300)
      await outboxSent(catalog.payload)
      expect(await emailsTo('moved.up@oslo.kommune.no')).toHaveLength(before)
    })

    it('refuses wrong, missing, oversized and hostile tokens with a clear 404, writing and sending nothing', async () => {
      const session = await createSession(catalog.payload, fixture, { capacity: 1 })
      await signUp(session, 'seated.hostile@oslo.kommune.no')
      await signUp(session, 'waiting.hostile@oslo.kommune.no')
      await outboxSent(catalog.payload)
      await sink.clear()
      const { cancelToken } = await placeOf('waiting.hostile@oslo.kommune.no')
      const tokens: [string, unknown][] = [
        ['made up', 'A'.repeat(43)],
        ['one character off', `${cancelToken.slice(0, -1)}${cancelToken.endsWith('A') ? 'B' : 'A'}`],
        ['missing', undefined],
        ['empty', ''],
        ['oversized', 'A'.repeat(10_000)],
        ['an operator object', { $ne: null }],
        ['a regex object', { $regex: '.*' }],
        ['an array', [cancelToken]],
        ['a number', 12345],
        ['null', null],
        ['SQL', "x' OR '1'='1"],
        ['a path', '../../cancel'],
        ['markup', '<script>alert(1)</script>'],
      ]
      for (const [what, token] of tokens) {
        const json = await catalog.request(leavePath, postJson(token === undefined ? {} : { token }, fresh()))
        expect(json.status, what).toBe(404)
        expect(json.headers.get('access-control-allow-origin'), what).toBe('https://bydel.example.org')
        expect(((await json.json()) as ApiErrorBody).error, what).toEqual({ code: 'invalid-token', message: 'Lenken er ugyldig eller utløpt.' })
      }
      for (const [what, token] of tokens.filter(([, token]) => typeof token === 'string')) {
        const page = await catalog.request(`${leavePath}?token=${encodeURIComponent(token as string)}`)
        expect(page.status, what).toBe(404)
        const html = await page.text()
        expect(html, what).toContain('Lenken er ugyldig eller utløpt.')
        expect(html, what).not.toContain('<script>alert')
        const form = await postForm(leavePath, token as string)
        expect(form.status, what).toBe(404)
        expect(await form.text(), what).toContain('Det gikk ikke å forlate ventelisten')
      }
      expect((await catalog.request(`${leavePath}`)).status).toBe(404)
      // Not JSON, too large, from a site that is no agency's.
      expect((await catalog.request(leavePath, postJson(`{"token":`, fresh()))).status).toBe(400)
      expect((await catalog.request(leavePath, postJson({ token: 'A'.repeat(40_000) }, fresh()))).status).toBe(413)
      const foreign = await catalog.request(leavePath, postJson({ token: cancelToken }, { origin: 'https://evil.example.com', headers: fresh().headers }))
      expect(foreign.status).toBe(403)
      expect(((await foreign.json()) as ApiErrorBody).error.code).toBe('origin-not-allowed')

      expect((await placeOf('waiting.hostile@oslo.kommune.no')).status).toBe('waitlisted')
      expect(await takenOn(session)).toBe(1)
      await pause(300)
      expect(await sink.messages()).toEqual([])
    })
  })

  describe('after the session has started', () => {
    it('moves nobody up: a seat given back at the door stays free, and the waiting list is told nothing', async () => {
      const session = await createSession(catalog.payload, fixture, { capacity: 1 })
      await signUp(session, 'at.the.door@oslo.kommune.no')
      await signUp(session, 'too.late@oslo.kommune.no')
      await outboxSent(catalog.payload)
      const [meeting] = ((await catalog.payload.findByID({ collection: 'sessions', id: session, depth: 0 })) as unknown as { meetings: { startsAt: string }[] }).meetings
      try {
        now = new Date(Date.parse(meeting!.startsAt) + 60_000)
        const holder = await placeOf('at.the.door@oslo.kommune.no')
        expect((await catalog.request(cancelPath, postJson({ token: holder.cancelToken }, fresh()))).status).toBe(200)
        expect(await takenOn(session)).toBe(0)
        expect((await placeOf('too.late@oslo.kommune.no')).status).toBe('waitlisted')
        // More seats moves nobody up either.
        await catalog.payload.update({ collection: 'sessions', id: session, data: { capacity: 3 } })
        expect((await placeOf('too.late@oslo.kommune.no')).status).toBe('waitlisted')
        // An editor can still add a person by hand.
        const added = await catalog.payload.create({
          collection: 'registrations',
          data: { session, name: 'Kari Dørvakt', email: 'by.hand@oslo.kommune.no', agency: 'Bydel Gamle Oslo', status: 'confirmed' },
        })
        expect(added.status).toBe('confirmed')
        expect(await takenOn(session)).toBe(1)
        await pause(300)
        await outboxSent(catalog.payload)
        expect((await emailsTo('too.late@oslo.kommune.no')).map((message) => message.subject)).toEqual(['Du står på venteliste: Tillitsbasert styring og ledelse'])
      } finally {
        now = null
      }
    })

    it('still moves people up a minute before it starts', async () => {
      const session = await createSession(catalog.payload, fixture, { capacity: 1 })
      await signUp(session, 'just.in.time.holder@oslo.kommune.no')
      await signUp(session, 'just.in.time@oslo.kommune.no')
      const [meeting] = ((await catalog.payload.findByID({ collection: 'sessions', id: session, depth: 0 })) as unknown as { meetings: { startsAt: string }[] }).meetings
      try {
        now = new Date(Date.parse(meeting!.startsAt) - 60_000)
        const holder = await placeOf('just.in.time.holder@oslo.kommune.no')
        expect((await catalog.request(cancelPath, postJson({ token: holder.cancelToken }, fresh()))).status).toBe(200)
        expect((await placeOf('just.in.time@oslo.kommune.no')).status).toBe('confirmed')
        expect(await takenOn(session)).toBe(1)
        await sink.waitFor((message) => to('just.in.time@oslo.kommune.no')(message) && message.subject.startsWith('Du har fått plass'))
        await outboxSent(catalog.payload)
      } finally {
        now = null
      }
    })
  })
})
