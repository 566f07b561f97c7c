import { startMailSink, type MailMessage, type MailSink } from '@kurskatalog/test-support'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCatalogFixture, type CatalogFixture } from './support/catalogFixtures.js'
import { testDatabases } from './support/databases.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'
import { emailToSink } from './support/withMailSink.js'
import { createSession } from './support/writeFixtures.js'
import { postJson, registrationsPath, signupBody } from './support/writeRequests.js'

const publicUrl = 'https://kurs.example.org'
const to = (address: string) => (message: MailMessage) => message.to.includes(address)
const cancelLinkIn = (text: string) => text.match(/https:\/\/kurs\.example\.org\/api\/catalog\/v1\/cancel\?token=([A-Za-z0-9_-]+)/)

describe.each(testDatabases)('emails on $name, read back from a real SMTP sink', (database) => {
  let catalog: RunningCatalog
  let fixture: CatalogFixture
  let sink: MailSink

  beforeAll(async () => {
    sink = await startMailSink()
    catalog = await startCatalog(await database.start(), { publicUrl, rateLimit: false }, [emailToSink(sink)])
    fixture = await createCatalogFixture(catalog.payload)
  })
  afterAll(async () => {
    await catalog?.stop()
    await sink?.stop()
  })

  it('cancel → promotion: the freed seat goes to the first on the waiting list, and everyone is told', async () => {
    const session = await createSession(catalog.payload, fixture, { capacity: 1, meetings: 2 })
    const sign = (email: string, locale = 'nb') => catalog.request(registrationsPath(session), postJson(signupBody({ email, locale, name: 'Kari <b>Nordmann</b>' })))
    expect((await sign('holder@oslo.kommune.no')).status).toBe(201)
    expect((await sign('waiting.one@oslo.kommune.no', 'nn')).status).toBe(201)
    expect((await sign('waiting.two@oslo.kommune.no', 'en')).status).toBe(201)

    // The confirmation: subject, both meetings, a cancel link, and the calendar file.
    const confirmation = await sink.waitFor(to('holder@oslo.kommune.no'))
    expect(confirmation.subject).toBe('Påmeldingen er bekreftet: Tillitsbasert styring og ledelse')
    expect(confirmation.from).toContain('kurs@uke.example.org')
    expect(confirmation.text).toContain('Samling 1')
    expect(confirmation.text).toContain('Samling 2')
    expect(confirmation.text).toContain('UKE, Helsfyr')
    const link = cancelLinkIn(confirmation.text)
    expect(link).not.toBeNull()
    expect(confirmation.html).toContain(`href="${link![0]}"`)
    const invite = confirmation.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'))
    expect(invite?.filename).toBe('kurs.ics')
    const ics = Buffer.from(invite!.content, 'base64').toString('utf8')
    expect(ics).toContain('BEGIN:VCALENDAR')
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2)
    expect(ics).toContain('SUMMARY:Tillitsbasert styring og ledelse (1/2)')
    // What a person typed is shown as text, never as markup.
    expect(confirmation.html).toContain('Kari &lt;b&gt;Nordmann&lt;/b&gt;')
    expect(confirmation.html).not.toContain('<b>Nordmann</b>')
    expect(confirmation.html).toContain('<html lang="nb">')

    const waitingOne = await sink.waitFor(to('waiting.one@oslo.kommune.no'))
    expect(waitingOne.subject).toBe('Du står på venteliste: Tillitsbasert styring og ledelse')
    expect(waitingOne.text).toContain('står på ventelista som nummer 1')
    expect(waitingOne.attachments).toHaveLength(0)
    const waitingTwo = await sink.waitFor(to('waiting.two@oslo.kommune.no'))
    expect(waitingTwo.subject).toBe('You are on the waiting list: Tillitsbasert styring og ledelse')
    expect(waitingTwo.text).toContain('number 2 on the waiting list')

    // Cancel through the link's token: the holder gets a receipt, the first in line gets the seat.
    const cancelled = await catalog.request('/api/catalog/v1/cancel', postJson({ token: link![1] }))
    expect(cancelled.status).toBe(200)
    const receipt = await sink.waitFor((message) => to('holder@oslo.kommune.no')(message) && message.subject.startsWith('Du er meldt av'))
    expect(receipt.subject).toBe('Du er meldt av: Tillitsbasert styring og ledelse')
    const promotion = await sink.waitFor((message) => to('waiting.one@oslo.kommune.no')(message) && message.subject.startsWith('Du har fått plass'))
    expect(promotion.subject).toBe('Du har fått plass: Tillitsbasert styring og ledelse')
    expect(promotion.text).toContain('Du er flytta frå ventelista')
    expect(cancelLinkIn(promotion.text)).not.toBeNull()
    expect(promotion.attachments.some((attachment) => attachment.filename === 'kurs.ics')).toBe(true)

    const stored = await catalog.payload.find({ collection: 'registrations', where: { session: { equals: session } }, depth: 0, sort: 'createdAt' })
    expect(stored.docs.map((doc) => doc.status)).toEqual(['cancelled', 'confirmed', 'waitlisted'])
    expect(stored.docs[1]!.promotedAt).toBeTruthy()
    // Nobody else was promoted or told.
    expect((await sink.messages()).filter(to('waiting.two@oslo.kommune.no'))).toHaveLength(1)
  })

  it('sends the service-request receipt in the requester\'s language, repeating what was asked', async () => {
    await catalog.payload.update({ collection: 'services', id: fixture.service, data: { slug: 'open-space-epost' } })
    const response = await catalog.request(
      '/api/catalog/v1/services/open-space-epost/requests',
      postJson({
        contactName: 'Per <script>alert(1)</script>',
        email: 'per@oslo.kommune.no',
        agency: 'Bydel Frogner',
        wishedDates: 'Uke 12',
        groupSize: 30,
        description: 'Open Space for hele bydelen',
        locale: 'en',
        idempotencyKey: 'receipt-test-1',
      }),
    )
    expect(response.status).toBe(201)
    const receipt = await sink.waitFor(to('per@oslo.kommune.no'))
    expect(receipt.subject).toBe('We have received your request: Open Space')
    expect(receipt.text).toContain('Group size: 30')
    expect(receipt.html).toContain('Per &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(receipt.html).not.toContain('<script>')
  })

  it('tells everyone when the editors cancel the whole session, and cancels their registrations', async () => {
    const session = await createSession(catalog.payload, fixture, { capacity: 1 })
    for (const [email, locale] of [['avlyst.en@oslo.kommune.no', 'nb'], ['avlyst.to@oslo.kommune.no', 'en']] as const) {
      expect((await catalog.request(registrationsPath(session), postJson(signupBody({ email, locale })))).status).toBe(201)
    }
    await catalog.payload.update({ collection: 'sessions', id: session, data: { status: 'cancelled' } })
    const first = await sink.waitFor((message) => to('avlyst.en@oslo.kommune.no')(message) && message.subject.startsWith('Avlyst'))
    expect(first.subject).toBe('Avlyst: Tillitsbasert styring og ledelse')
    const second = await sink.waitFor((message) => to('avlyst.to@oslo.kommune.no')(message) && message.subject.startsWith('Cancelled'))
    expect(second.text).toContain('we have to cancel this session')
    const stored = await catalog.payload.find({ collection: 'registrations', where: { session: { equals: session } }, depth: 0 })
    expect(stored.docs.map((doc) => doc.status)).toEqual(['cancelled', 'cancelled'])
    // Saving the cancelled session again tells nobody twice.
    await catalog.payload.update({ collection: 'sessions', id: session, data: { capacity: 2 } })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect((await sink.messages()).filter((message) => message.subject.startsWith('Avlyst') || message.subject.startsWith('Cancelled:'))).toHaveLength(2)
  })

  it('still answers the sign-up when the mail server is down', async () => {
    const session = await createSession(catalog.payload, fixture, { capacity: 2 })
    await sink.stop()
    try {
      const response = await catalog.request(registrationsPath(session), postJson(signupBody()))
      expect(response.status).toBe(201)
      expect((await response.json()).status).toBe('confirmed')
    } finally {
      sink = await startMailSink()
    }
  })
})
