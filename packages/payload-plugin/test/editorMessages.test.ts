import { startMailSink, type MailMessage, type MailSink } from '@kurskatalog/test-support'
import { en } from '@payloadcms/translations/languages/en'
import { nb } from '@payloadcms/translations/languages/nb'
import type { Payload, Plugin } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDatabases } from './support/databases.js'
import { failAfterHooks, failSavesOnRequest } from './support/failSavesOnRequest.js'
import { outboxSent } from './support/outboxSent.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'
import { emailToSink } from './support/withMailSink.js'
import { createCourseWithQuestions, daysFromNow } from './support/writeFixtures.js'

type Id = number | string
type Row = Record<string, any> & { id: Id }
interface Preview {
  to: string
  subject: string
  text: string
  html: string
}

const publicUrl = 'https://kurs.example.org'
/** The host's admin in bokmål first, as the CMS has it. */
const norwegianAdmin: Plugin = (config) => ({ ...config, i18n: { supportedLanguages: { nb, en }, fallbackLanguage: 'nb' } })

/** Who is on the message's session: each status once or more, three languages, and a name that is HTML. */
const people = [
  { name: 'Åse Bekreftet', status: 'confirmed', locale: 'nb' },
  { name: '<b>Ole</b> & "Dole"', status: 'confirmed', locale: 'nb' },
  { name: 'Nils Nynorsk', status: 'confirmed', locale: 'nn' },
  { name: 'Emma English', status: 'confirmed', locale: 'en' },
  { name: 'Tove Møtte', status: 'attended', locale: 'nb' },
  { name: 'Mona Møtte-Ikke', status: 'no-show', locale: 'nb' },
  { name: 'Per Venter-Godkjenning', status: 'pending-approval', locale: 'nb' },
  { name: 'Wenche Venteliste', status: 'waitlisted', locale: 'nb' },
  { name: 'Walter Venteliste', status: 'waitlisted', locale: 'nb' },
  { name: 'Cecilie Avmeldt', status: 'cancelled', locale: 'nb' },
] as const
const confirmedGroup = ['confirmed', 'attended', 'no-show']

const hostileSubject = 'Viktig: <script>alert("x")</script> & mer'
const hostileBody = 'Hei alle sammen.\nTa med <img src=x onerror=alert(1)> og "sko".\n\nNytt avsnitt: <a href="javascript:alert(1)">klikk</a>'

let keys = 0
const newKey = () => `melding-${Date.now().toString(36)}-${++keys}`

describe.each(testDatabases)('editors\' messages on $name', (database) => {
  let sink: MailSink
  let catalog: RunningCatalog
  let payload: Payload
  let session: Id
  let otherSession: Id
  let editorToken = ''
  let temporaryToken = ''
  const run = Date.now().toString(36)
  const address = (index: number) => `person${index}-${run}@oslo.kommune.no`
  const editorEmail = `redaktor-${run}@example.org`

  const call = (path: string, init: { method?: string; body?: unknown; raw?: string; token?: string | null; headers?: Record<string, string> } = {}) => {
    const token = init.token === undefined ? editorToken : init.token
    const headers: Record<string, string> = { ...(token ? { Authorization: `JWT ${token}` } : {}), ...init.headers }
    if (init.body !== undefined || init.raw !== undefined) headers['Content-Type'] ??= 'application/json'
    return catalog.request(path, { method: init.method ?? 'POST', headers, body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body)) })
  }
  const messagePath = (id: Id = session) => `/api/sessions/${id}/message`
  const previewPath = (id: Id = session) => `/api/sessions/${id}/message/preview`
  const registrations = async (where: Record<string, unknown>) =>
    (await payload.find({ collection: 'registrations', where: where as never, pagination: false, depth: 0 })).docs as unknown as Row[]
  const queuedCount = async () => (await payload.count({ collection: 'queued-emails' })).totalDocs
  const messageCount = async () => (await payload.count({ collection: 'editor-messages' as never })).totalDocs
  const withSubject = (subject: string) => (message: MailMessage) => message.subject === subject
  const sent = async (subject: string) => {
    await outboxSent(payload)
    return (await sink.messages()).filter(withSubject(subject))
  }

  beforeAll(async () => {
    sink = await startMailSink()
    catalog = await startCatalog(
      await database.start(),
      { publicUrl, rateLimit: false, isEditor: (req) => Boolean(req.user) && !String(req.user?.email).startsWith('vikar-') },
      [emailToSink(sink), norwegianAdmin, failSavesOnRequest()],
    )
    payload = catalog.payload
    const course = await createCourseWithQuestions(payload)
    const place = await payload.create({ collection: 'locations', data: { name: 'UKE, Helsfyr', address: 'Innspurten 9, Oslo' } })
    const meetings = [{ startsAt: daysFromNow(20, 8), endsAt: daysFromNow(20, 14), location: place.id }]
    session = (await payload.create({ collection: 'sessions', data: { kind: 'course', course: course.id, capacity: 10, waitlistEnabled: true, status: 'open', meetings } })).id
    otherSession = (await payload.create({ collection: 'sessions', data: { kind: 'course', course: course.id, capacity: 10, status: 'open', meetings } })).id

    const answers = { [course.text]: 'Lære', [course.checkbox]: true }
    let index = 0
    for (const person of people) {
      index += 1
      const initial = person.status === 'attended' || person.status === 'no-show' ? 'confirmed' : person.status === 'cancelled' ? 'waitlisted' : person.status
      const made = await payload.create({
        collection: 'registrations',
        data: { session, name: person.name, email: address(index), agency: 'Bydel Alna', status: initial, locale: person.locale, answers } as never,
      })
      if (made.status !== person.status) await payload.update({ collection: 'registrations', id: made.id, data: { status: person.status } as never })
    }
    // Someone on another session, confirmed: never a recipient of this session's message.
    await payload.create({
      collection: 'registrations',
      data: { session: otherSession, name: 'Annen Økt', email: `annen-${run}@oslo.kommune.no`, agency: 'Bydel Alna', status: 'confirmed', answers } as never,
    })

    await payload.create({ collection: 'users', data: { email: editorEmail, password: 'kurskatalog-test' } })
    editorToken = (await payload.login({ collection: 'users', data: { email: editorEmail, password: 'kurskatalog-test' } })).token!
    await payload.create({ collection: 'users', data: { email: `vikar-${run}@example.org`, password: 'kurskatalog-test' } })
    temporaryToken = (await payload.login({ collection: 'users', data: { email: `vikar-${run}@example.org`, password: 'kurskatalog-test' } })).token!
    await outboxSent(payload)
    await sink.clear()
  })

  afterAll(async () => {
    await catalog?.stop()
    await sink?.stop()
  })

  describe('email everyone on a session', () => {
    it('previews the count and the email as its first recipient gets it, with the text escaped, and writes nothing', async () => {
      const before = [await queuedCount(), await messageCount()]
      const response = await call(previewPath(), { body: { audience: 'confirmed', subject: hostileSubject, body: hostileBody } })
      expect(response.status, await response.clone().text()).toBe(200)
      expect(response.headers.get('cache-control')).toBe('no-store')
      const { recipients, preview } = (await response.json()) as { recipients: number; preview: Preview }
      const group = await registrations({ and: [{ session: { equals: session } }, { status: { in: confirmedGroup } }] })
      expect(recipients).toBe(group.length)
      expect(recipients).toBe(6)
      expect(group.map((row) => row.email)).toContain(preview.to)

      expect(preview.subject).toBe(hostileSubject)
      expect(preview.html).not.toMatch(/<script|<img|<a href="javascript|<b>Ole/i)
      expect(preview.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; mer')
      expect(preview.html).toContain('&lt;img src=x onerror=alert(1)&gt;')
      // A line break stays one; a blank line starts a paragraph.
      expect(preview.html).toContain('Hei alle sammen.<br>\nTa med')
      expect(preview.html).toMatch(/<p>Nytt avsnitt: &lt;a href=&quot;javascript:alert\(1\)&quot;&gt;klikk&lt;\/a&gt;<\/p>/)
      expect(preview.text).toContain(hostileBody.split('\n\n')[1])
      expect(preview.text).toContain('Gjelder: Kurs med spørsmål')
      expect([await queuedCount(), await messageCount()]).toEqual(before)
    })

    it('sends to exactly the confirmed (attended and no-show too), each greeted by name in their language, and the preview is what they get', async () => {
      const subject = `Husk matpakke ${run}`
      const body = 'Vi begynner presis.\n\n<b>Ikke</b> glem PC.'
      const previewed = (await (await call(previewPath(), { body: { audience: 'confirmed', subject, body } })).json()) as { recipients: number; preview: Preview }
      const key = newKey()
      const response = await call(messagePath(), { body: { audience: 'confirmed', subject, body, idempotencyKey: key } })
      expect(response.status, await response.clone().text()).toBe(200)
      const answer = (await response.json()) as { message: { id: Id; recipients: number } }
      expect(answer.message.recipients).toBe(6)

      const group = await registrations({ and: [{ session: { equals: session } }, { status: { in: confirmedGroup } }] })
      const messages = await sent(subject)
      expect(messages.flatMap((message) => message.to).sort()).toEqual(group.map((row) => row.email).sort())
      // Nobody else got it: not the waiting list, not those awaiting approval, not the cancelled, not the other session.
      const outside = await registrations({ or: [{ session: { equals: otherSession } }, { status: { not_in: confirmedGroup } }] })
      expect(outside.length).toBeGreaterThan(0)
      for (const row of outside) expect(messages.flatMap((message) => message.to)).not.toContain(row.email)

      for (const row of group) {
        const message = messages.find((candidate) => candidate.to.includes(row.email))!
        const greeting = row.locale === 'en' ? `Hello ${row.name},` : `Hei ${row.name},`
        expect(message.text.startsWith(greeting), message.text).toBe(true)
        expect(message.html).not.toContain('<b>')
        expect(message.html).toContain('&lt;b&gt;Ikke&lt;/b&gt; glem PC.')
        // The cancel link where the place has one: a confirmed seat; none once marked attended or no-show.
        if (row.status === 'confirmed') expect(message.text).toContain(`${publicUrl}/api/catalog/v1/cancel?token=${row.cancelToken}`)
        else expect(message.text).not.toContain('/cancel?token=')
        if (row.locale === 'nn') expect(message.text).toContain('Du kan ikkje svare på han.')
        if (row.locale === 'en') expect(message.text).toContain('About: Kurs med spørsmål')
      }
      const first = messages.find((message) => message.to.includes(previewed.preview.to))!
      expect(first.html?.trim()).toBe(previewed.preview.html.trim())
      expect(first.text.trim()).toBe(previewed.preview.text.trim())
      expect(first.subject).toBe(previewed.preview.subject)

      // One outbox row per recipient, each tied to the stored message, which records who sent what to how many.
      const rows = (await payload.find({ collection: 'queued-emails', where: { editorMessage: { equals: answer.message.id } } as never, pagination: false, depth: 0 }))
        .docs as unknown as Row[]
      expect(rows.map((row) => row.to).sort()).toEqual(group.map((row) => row.email).sort())
      expect(new Set(rows.map((row) => row.kind))).toEqual(new Set(['editor-message']))
      expect(rows.find((row) => row.to === previewed.preview.to)?.html).toBe(previewed.preview.html)
      const record = (await payload.findByID({ collection: 'editor-messages' as never, id: answer.message.id, depth: 0 })) as unknown as Row
      expect(record).toMatchObject({ subject, body, audience: 'confirmed', recipients: 6, sentBy: editorEmail })
      expect(String(record.session)).toBe(String(session))

      // Editors see it on the session; anonymous readers of the session do not.
      const asEditor = (await (await call(`/api/sessions/${session}?depth=0`, { method: 'GET' })).json()) as Row
      expect(asEditor.messages.docs.map(String)).toContain(String(answer.message.id))
      const asAnyone = (await (await call(`/api/sessions/${session}?depth=0`, { method: 'GET', token: null })).json()) as Row
      expect(asAnyone.messages?.docs ?? []).toEqual([])
    })

    it('sends to the waiting list with its own link to leave the list, and to those awaiting approval with the cancel link', async () => {
      const subject = `Venteliste ${run}`
      const response = await call(messagePath(), { body: { audience: 'waitlisted', subject, body: 'Vi setter opp en ny dato.', idempotencyKey: newKey() } })
      expect(response.status, await response.clone().text()).toBe(200)
      const waiting = await registrations({ and: [{ session: { equals: session } }, { status: { equals: 'waitlisted' } }] })
      const messages = await sent(subject)
      expect(messages.flatMap((message) => message.to).sort()).toEqual(waiting.map((row) => row.email).sort())
      for (const row of waiting) {
        const message = messages.find((candidate) => candidate.to.includes(row.email))!
        expect(message.text).toContain(`${publicUrl}/api/catalog/v1/leave-waitlist?token=${row.cancelToken}`)
      }

      const pendingSubject = `Godkjenning ${run}`
      expect((await call(messagePath(), { body: { audience: 'pending-approval', subject: pendingSubject, body: 'Be lederen svare.', idempotencyKey: newKey() } })).status).toBe(200)
      const pending = await registrations({ and: [{ session: { equals: session } }, { status: { equals: 'pending-approval' } }] })
      const pendingMessages = await sent(pendingSubject)
      expect(pendingMessages.flatMap((message) => message.to)).toEqual(pending.map((row) => row.email))
      expect(pendingMessages[0]!.text).toContain(`/api/catalog/v1/cancel?token=${pending[0]!.cancelToken}`)
    })

    it('sends once for a double click: the same key again, or twice at once, answers the first send', async () => {
      const subject = `Dobbeltklikk ${run}`
      const body = { audience: 'waitlisted', subject, body: 'Én gang.', idempotencyKey: newKey() }
      const first = await call(messagePath(), { body })
      const again = await call(messagePath(), { body })
      expect(first.status).toBe(200)
      expect(again.status).toBe(200)
      expect(await again.json()).toEqual(await first.json())

      const racingSubject = `Samtidig ${run}`
      const racing = { ...body, subject: racingSubject, idempotencyKey: newKey() }
      const answers = await Promise.all([call(messagePath(), { body: racing }), call(messagePath(), { body: racing }), call(messagePath(), { body: racing })])
      expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200])
      const ids = new Set((await Promise.all(answers.map((answer) => answer.json()))).map((answer) => String((answer as { message: { id: Id } }).message.id)))
      expect(ids.size).toBe(1)

      const waiting = await registrations({ and: [{ session: { equals: session } }, { status: { equals: 'waitlisted' } }] })
      expect(await sent(subject)).toHaveLength(waiting.length)
      expect(await sent(racingSubject)).toHaveLength(waiting.length)
      expect((await payload.count({ collection: 'editor-messages' as never, where: { subject: { in: [subject, racingSubject] } } as never })).totalDocs).toBe(2)

      // The key of one message reused for another text is refused, and sends nothing.
      const reused = await call(messagePath(), { body: { ...body, subject: `Annen tekst ${run}` } })
      expect(reused.status).toBe(409)
      expect(await sent(`Annen tekst ${run}`)).toHaveLength(0)
    })

    it('sends after all when a send died between claiming its key and queuing its emails, once that claim is stale; not while it may still be running', async () => {
      // What a send that crashed leaves: its key claimed by a message of no recipients, and no email queued.
      const claim = async (subject: string, key: string, minutesAgo: number) => {
        const claimed = await payload.create({
          collection: 'editor-messages' as never,
          data: { subject, body: 'Etter et krasj.', session, audience: 'waitlisted', recipients: 0, sentBy: 'redaktor@example.org', idempotencyKey: key } as never,
          overrideAccess: true,
        })
        await payload.db.updateOne({ collection: 'editor-messages', id: (claimed as { id: Id }).id, data: { createdAt: new Date(Date.now() - minutesAgo * 60_000).toISOString() } })
        return (claimed as { id: Id }).id
      }
      const waiting = await registrations({ and: [{ session: { equals: session } }, { status: { equals: 'waitlisted' } }] })

      const staleSubject = `Etter krasj ${run}`
      const staleKey = newKey()
      await claim(staleSubject, staleKey, 10)
      const retried = await call(messagePath(), { body: { audience: 'waitlisted', subject: staleSubject, body: 'Etter et krasj.', idempotencyKey: staleKey } })
      expect(retried.status, await retried.clone().text()).toBe(200)
      const answer = (await retried.json()) as { message: { id: Id; recipients: number } }
      expect(answer.message.recipients).toBe(waiting.length)
      await outboxSent(payload)
      expect(await sent(staleSubject)).toHaveLength(waiting.length)
      const kept = await payload.find({ collection: 'editor-messages' as never, where: { idempotencyKey: { equals: staleKey } } as never, depth: 0 })
      expect(kept.docs.map((doc) => (doc as unknown as { recipients: number }).recipients)).toEqual([waiting.length])

      // A claim of a moment ago may be a send still queuing its emails: the editor is told so, and nothing is sent twice.
      const freshSubject = `Under sending ${run}`
      const freshKey = newKey()
      await claim(freshSubject, freshKey, 0)
      const early = await call(messagePath(), { body: { audience: 'waitlisted', subject: freshSubject, body: 'Etter et krasj.', idempotencyKey: freshKey } })
      expect(early.status).toBe(409)
      expect(((await early.json()) as { errors: { message: string }[] }).errors[0]!.message).toMatch(/under sending/)
      await outboxSent(payload)
      expect(await sent(freshSubject)).toHaveLength(0)
    })

    const valid = () => ({ audience: 'confirmed', subject: 'Gyldig emne', body: 'Gyldig tekst.', idempotencyKey: newKey() })
    const badInputs: { name: string; init: () => { body?: unknown; raw?: string; headers?: Record<string, string> }; status: number; field?: string }[] = [
      { name: 'no JSON content type', init: () => ({ raw: JSON.stringify(valid()), headers: { 'Content-Type': 'text/plain' } }), status: 415 },
      { name: 'bytes that are not JSON', init: () => ({ raw: '{"subject": "a",' }), status: 400 },
      { name: 'an array', init: () => ({ body: [valid()] }), status: 400 },
      { name: 'a string', init: () => ({ body: 'subject' }), status: 400 },
      { name: 'a body over the size limit', init: () => ({ body: { ...valid(), body: 'x'.repeat(20_000) } }), status: 413 },
      { name: 'a subject that is too long', init: () => ({ body: { ...valid(), subject: 'e'.repeat(151) } }), status: 422, field: 'subject' },
      { name: 'a text that is too long', init: () => ({ body: { ...valid(), body: 'ø'.repeat(4001) } }), status: 422, field: 'body' },
      { name: 'a subject with CR LF (a header injection)', init: () => ({ body: { ...valid(), subject: 'Hei\r\nBcc: alle@example.org' } }), status: 422, field: 'subject' },
      { name: 'a subject with a lone LF', init: () => ({ body: { ...valid(), subject: 'Hei\nX-Evil: 1' } }), status: 422, field: 'subject' },
      { name: 'a text with a NUL and a bidi override', init: () => ({ body: { ...valid(), body: 'Hei\u0000 \u202Efdp.exe' } }), status: 422, field: 'body' },
      { name: 'no subject', init: () => ({ body: { ...valid(), subject: undefined } }), status: 422, field: 'subject' },
      { name: 'a blank text of zero-width spaces', init: () => ({ body: { ...valid(), body: '\u200B\u200B  ' } }), status: 422, field: 'body' },
      { name: 'a subject that is not a string', init: () => ({ body: { ...valid(), subject: ['Hei'] } }), status: 422, field: 'subject' },
      { name: 'a text that is an object', init: () => ({ body: { ...valid(), body: { toString: 'x' } } }), status: 422, field: 'body' },
      { name: 'an unknown audience', init: () => ({ body: { ...valid(), audience: 'cancelled' } }), status: 422, field: 'audience' },
      { name: 'no audience', init: () => ({ body: { ...valid(), audience: undefined } }), status: 422, field: 'audience' },
      { name: 'an unknown field', init: () => ({ body: { ...valid(), bcc: 'alle@example.org' } }), status: 422, field: 'bcc' },
      { name: '__proto__ as a field', init: () => ({ raw: `{"audience":"confirmed","subject":"a","body":"b","__proto__":{"x":1}}` }), status: 422, field: '__proto__' },
    ]
    const sendOnly = [
      { name: 'no idempotency key', init: () => ({ body: { ...valid(), idempotencyKey: undefined } }), status: 422, field: 'idempotencyKey' },
      { name: 'an idempotency key with odd characters', init: () => ({ body: { ...valid(), idempotencyKey: '../../etc/passwd' } }), status: 422, field: 'idempotencyKey' },
    ]

    it.each([...badInputs.map((input) => ({ ...input, path: 'preview' })), ...[...badInputs, ...sendOnly].map((input) => ({ ...input, path: 'send' }))])(
      '$path refuses $name with $status, in Payload\'s error shape, and queues nothing',
      async ({ init, status, field, path }) => {
        const before = [await queuedCount(), await messageCount()]
        const response = await call(path === 'send' ? messagePath() : previewPath(), init())
        expect(response.status, await response.clone().text()).toBe(status)
        const answer = (await response.json()) as { errors: { message: string; data?: { errors: { path: string; message: string }[] } }[] }
        expect(answer.errors[0]!.message).toBeTruthy()
        if (field) {
          const paths = answer.errors[0]!.data?.errors.map((error) => error.path) ?? []
          expect(paths).toContain(field)
          for (const error of answer.errors[0]!.data!.errors) expect(error.message.length).toBeGreaterThan(5)
        }
        expect([await queuedCount(), await messageCount()]).toEqual(before)
      },
    )

    it('refuses a message to nobody: a group that is empty on the session', async () => {
      const empty = (await payload.create({ collection: 'sessions', data: { kind: 'course', course: (await payload.find({ collection: 'courses', limit: 1 })).docs[0]!.id, capacity: 3, status: 'open', meetings: [{ startsAt: daysFromNow(40, 8), endsAt: daysFromNow(40, 10) }] } })).id
      const preview = (await (await call(previewPath(empty), { body: { audience: 'confirmed', subject: 'Hei', body: 'Tekst' } })).json()) as { recipients: number; preview: unknown }
      expect(preview).toEqual({ recipients: 0, preview: null })
      const before = await messageCount()
      const response = await call(messagePath(empty), { body: { audience: 'confirmed', subject: 'Hei', body: 'Tekst', idempotencyKey: newKey() } })
      expect(response.status).toBe(422)
      expect(await messageCount()).toBe(before)
    })

    it('answers 401 without a login or with a forged token, 403 to a user the host does not count as an editor, 404 for no such session', async () => {
      const body = { audience: 'confirmed', subject: 'Uautorisert', body: 'Skal ikke sendes.', idempotencyKey: newKey() }
      const before = [await queuedCount(), await messageCount()]
      for (const path of [previewPath(), messagePath()]) {
        expect((await call(path, { body, token: null })).status, path).toBe(401)
        expect((await call(path, { body, token: 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.forfalsket' })).status, path).toBe(401)
        const refused = await call(path, { body, token: temporaryToken })
        expect(refused.status, path).toBe(403)
        expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]!.message).toBe('Bare redaktører kan se deltakerne.')
        expect((await call(path.replace(String(session), '999999999'), { body })).status, path).toBe(404)
        expect((await call(`${path}?status=confirmed`, { body })).status, path).toBe(400)
      }
      expect([await queuedCount(), await messageCount()]).toEqual(before)
    })

    it('keeps the messages to editors: Payload\'s REST neither lists them to others nor lets anyone write them', async () => {
      expect((await call('/api/editor-messages', { method: 'GET', token: null })).status).toBe(403)
      expect((await call('/api/editor-messages', { method: 'GET', token: temporaryToken })).status).toBe(403)
      const listed = (await (await call('/api/editor-messages?limit=100', { method: 'GET' })).json()) as { totalDocs: number }
      expect(listed.totalDocs).toBe(await messageCount())
      const before = await messageCount()
      expect((await call('/api/editor-messages', { body: { subject: 'Falsk', body: 'Falsk', recipients: 0 } })).status).toBe(403)
      const one = (await payload.find({ collection: 'editor-messages' as never, limit: 1 })).docs[0] as unknown as Row
      expect((await call(`/api/editor-messages/${one.id}`, { method: 'PATCH', body: { subject: 'Endret' } })).status).toBe(403)
      expect((await call(`/api/editor-messages/${one.id}`, { method: 'DELETE' })).status).toBe(403)
      expect(await messageCount()).toBe(before)
    })
  })

  describe('service orders answered by email', () => {
    let service: Id
    const serviceTitle = 'Open Space for ledergrupper'
    const newRequest = async (locale: 'nb' | 'nn' | 'en', name = 'Kari Bestiller') =>
      (
        await payload.create({
          collection: 'service-requests',
          data: {
            service,
            contactName: name,
            email: `bestiller-${locale}-${++keys}-${run}@oslo.kommune.no`,
            agency: 'Bydel Frogner',
            wishedDates: 'Uke 12',
            groupSize: 30,
            description: 'Open Space for hele bydelen',
            locale,
          } as never,
        })
      ) as unknown as Row
    const patch = (id: Id, body: Record<string, unknown>, token: string | null = editorToken) => call(`/api/service-requests/${id}`, { method: 'PATCH', body, token })
    const stored = async (id: Id) => (await payload.findByID({ collection: 'service-requests', id, depth: 0 })) as unknown as Row
    const repliesTo = async (id: Id) =>
      (await payload.find({ collection: 'queued-emails', where: { and: [{ serviceRequest: { equals: id } }, { kind: { equals: 'service-request-reply' } }] } as never, pagination: false, depth: 0 }))
        .docs as unknown as Row[]

    beforeAll(async () => {
      service = (await payload.create({ collection: 'services', data: { title: serviceTitle, summary: 'Store grupper løser egne saker', _status: 'published' } as never })).id
      await outboxSent(payload)
    })

    it('offers a text for each step in the request\'s language', async () => {
      const request = await newRequest('nn')
      const draft = await call(`/api/service-requests/${request.id}/step-message?status=confirmed`, { method: 'GET' })
      expect(draft.status, await draft.clone().text()).toBe(200)
      expect(await draft.json()).toEqual({
        locale: 'nn',
        to: request.email,
        draft: {
          subject: `Bestillinga er stadfesta: ${serviceTitle}`,
          body: `Vi stadfestar bestillinga av «${serviceTitle}», og gler oss til å arbeide med dykk. Dato og stad er som avtalt. Gi oss beskjed om noko endrar seg.`,
        },
      })
      const english = await newRequest('en')
      const steps = ['in-dialogue', 'confirmed', 'declined', 'delivered']
      const subjects = await Promise.all(
        steps.map(async (step) => ((await (await call(`/api/service-requests/${english.id}/step-message?status=${step}`, { method: 'GET' })).json()) as { draft: { subject: string } }).draft.subject),
      )
      expect(subjects).toEqual([
        `About your request: ${serviceTitle}`,
        `Your request is confirmed: ${serviceTitle}`,
        `We cannot take on your request: ${serviceTitle}`,
        `Thank you for working with us: ${serviceTitle}`,
      ])
      for (const query of ['status=new', 'status=cancelled', 'status=confirmed&status=declined', 'other=1']) {
        expect((await call(`/api/service-requests/${english.id}/step-message?${query}`, { method: 'GET' })).status, query).toBe(400)
      }
    })

    it('sends the edited message with the step change when asked, in the request\'s language, and the preview is what arrives', async () => {
      const request = await newRequest('nn', 'Nora <i>Nynorsk</i>')
      const replySubject = `Stadfesta <b>no</b> ${run}`
      const replyBody = 'Vi er klare.\n\nHelsing UKE'
      const preview = await call(`/api/service-requests/${request.id}/step-message/preview`, { body: { subject: replySubject, body: replyBody } })
      expect(preview.status, await preview.clone().text()).toBe(200)
      const previewed = ((await preview.json()) as { preview: Preview }).preview

      const saved = await patch(request.id, { status: 'confirmed', replySend: true, replySubject, replyBody })
      expect(saved.status, await saved.clone().text()).toBe(200)
      expect((await stored(request.id)).status).toBe('confirmed')
      const [message, ...more] = await sent(replySubject)
      expect(more).toHaveLength(0)
      expect(message!.to).toEqual([request.email])
      expect(message!.text.startsWith('Hei Nora <i>Nynorsk</i>,')).toBe(true)
      expect(message!.text).toContain('Du kan ikkje svare på han.')
      expect(message!.text).toContain(`Gjeld: ${serviceTitle}`)
      expect(message!.html).toContain('Hei Nora &lt;i&gt;Nynorsk&lt;/i&gt;,')
      expect(message!.html).toContain('Stadfesta &lt;b&gt;no&lt;/b&gt;')
      expect(message!.html).toContain('<html lang="nn">')
      expect(message!.html?.trim()).toBe(previewed.html.trim())
      expect(message!.text.trim()).toBe(previewed.text.trim())

      const replies = await repliesTo(request.id)
      expect(replies).toHaveLength(1)
      const log = (await payload.find({ collection: 'editor-messages' as never, where: { serviceRequest: { equals: request.id } } as never, depth: 0 })).docs as unknown as Row[]
      expect(log).toHaveLength(1)
      expect(log[0]).toMatchObject({ subject: replySubject, body: replyBody, step: 'confirmed', recipients: 1, sentBy: editorEmail })
      expect(String(replies[0]!.editorMessage)).toBe(String(log[0]!.id))
      // The virtual fields are not stored on the request.
      expect((await stored(request.id)).replySubject ?? null).toBeNull()
      const asEditor = (await (await call(`/api/service-requests/${request.id}?depth=0`, { method: 'GET' })).json()) as Row
      expect(asEditor.messages.docs.map(String)).toEqual([String(log[0]!.id)])
    })

    it('sends nothing when the step changes with Send melding off or left out', async () => {
      const request = await newRequest('nb')
      expect((await patch(request.id, { status: 'in-dialogue', replySend: false, replySubject: 'Skal ikke gå', replyBody: 'Nei.' })).status).toBe(200)
      expect((await patch(request.id, { status: 'confirmed' })).status).toBe(200)
      await outboxSent(payload)
      expect((await stored(request.id)).status).toBe('confirmed')
      expect(await repliesTo(request.id)).toHaveLength(0)
      expect(await sent('Skal ikke gå')).toHaveLength(0)
    })

    it('refuses a message without a new step, to an anonymised request, or that breaks the rules, and saves nothing of that save', async () => {
      const request = await newRequest('en')
      const subject = `Refused ${run}`
      const cases: [Record<string, unknown>, string][] = [
        [{ replySend: true, replySubject: subject, replyBody: 'Same step.' }, 'replySend'],
        [{ status: 'new', replySend: true, replySubject: subject, replyBody: 'Back to new.' }, 'replySend'],
        [{ status: 'in-dialogue', replySend: true, replySubject: `${subject}\r\nBcc: all@example.org`, replyBody: 'Injected.' }, 'replySubject'],
        [{ status: 'in-dialogue', replySend: true, replySubject: subject, replyBody: 'x'.repeat(4001) }, 'replyBody'],
        [{ status: 'in-dialogue', replySend: true, replySubject: subject }, 'replyBody'],
        [{ status: 'in-dialogue', replySend: true, replySubject: 42, replyBody: 'Typed.' }, 'replySubject'],
        [{ status: 'in-dialogue', replySend: 'yes', replySubject: subject, replyBody: 'Typed.' }, 'replySend'],
      ]
      for (const [body, path] of cases) {
        const response = await patch(request.id, { agency: 'Endret virksomhet', ...body })
        expect(response.status, JSON.stringify(body)).toBe(400)
        const answer = (await response.json()) as { errors: { data?: { errors: { path: string; message: string }[] } }[] }
        expect(answer.errors[0]!.data?.errors.map((error) => error.path), JSON.stringify(answer)).toContain(path)
      }
      const after = await stored(request.id)
      expect([after.status, after.agency]).toEqual(['new', 'Bydel Frogner'])
      expect(await repliesTo(request.id)).toHaveLength(0)

      await payload.update({ collection: 'service-requests', id: request.id, data: { status: 'declined', anonymisedAt: new Date().toISOString() } as never })
      expect((await patch(request.id, { status: 'in-dialogue', replySend: true, replySubject: subject, replyBody: 'To nobody.' })).status).toBe(400)
      expect(await repliesTo(request.id)).toHaveLength(0)
      expect(await sent(subject)).toHaveLength(0)
    })

    it('sends nothing when the save fails late: the message goes with its save or not at all', async () => {
      const request = await newRequest('nb')
      const replySubject = `Rullet tilbake ${run}`
      await expect(
        payload.update({
          collection: 'service-requests',
          id: request.id,
          data: { status: 'confirmed', replySend: true, replySubject, replyBody: 'Skal aldri fram.' } as never,
          context: { [failAfterHooks]: true },
        }),
      ).rejects.toThrow('failed on request')
      await outboxSent(payload)
      expect((await stored(request.id)).status).toBe('new')
      expect(await repliesTo(request.id)).toHaveLength(0)
      expect((await payload.count({ collection: 'editor-messages' as never, where: { serviceRequest: { equals: request.id } } as never })).totalDocs).toBe(0)
      expect(await sent(replySubject)).toHaveLength(0)
    })

    it('sends from the Local API too (an editor\'s script), in English for an English request', async () => {
      const request = await newRequest('en', 'Eve Requester')
      const replySubject = `Delivered ${run}`
      await payload.update({ collection: 'service-requests', id: request.id, data: { status: 'delivered', replySend: true, replySubject, replyBody: 'Thanks!' } as never })
      const [message] = await sent(replySubject)
      expect(message!.text.startsWith('Hello Eve Requester,')).toBe(true)
      expect(message!.text).toContain(`About: ${serviceTitle}`)
      expect((await stored(request.id)).closedAt).toBeTruthy()
    })

    it('keeps the draft and the preview to editors, and answers 404 for no such request', async () => {
      const request = await newRequest('nb')
      const draft = `/api/service-requests/${request.id}/step-message?status=confirmed`
      const preview = `/api/service-requests/${request.id}/step-message/preview`
      const body = { subject: 'Hei', body: 'Tekst' }
      for (const [path, method] of [[draft, 'GET'], [preview, 'POST']] as const) {
        const init = method === 'GET' ? { method } : { method, body }
        expect((await call(path, { ...init, token: null })).status, path).toBe(401)
        expect((await call(path, { ...init, token: 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.forfalsket' })).status, path).toBe(401)
        expect((await call(path, { ...init, token: temporaryToken })).status, path).toBe(403)
        expect((await call(path.replace(`/${request.id}/`, '/999999999/'), init)).status, path).toBe(404)
      }
      // A user the host does not count as an editor may not send one through a save either.
      expect((await patch(request.id, { status: 'confirmed', replySend: true, replySubject: 'Vikar', replyBody: 'Nei.' }, temporaryToken)).status).toBe(403)
      expect((await patch(request.id, { status: 'confirmed', replySend: true, replySubject: 'Anonym', replyBody: 'Nei.' }, null)).status).toBe(403)
      expect(await repliesTo(request.id)).toHaveLength(0)
      for (const { name, init, status } of [
        { name: 'not JSON', init: { raw: '{', headers: {} }, status: 400 },
        { name: 'too large', init: { body: { subject: 'a', body: 'x'.repeat(20_000) } }, status: 413 },
        { name: 'CR LF in the subject', init: { body: { subject: 'a\r\nBcc: x@example.org', body: 'b' } }, status: 422 },
        { name: 'an unknown field', init: { body: { subject: 'a', body: 'b', status: 'confirmed' } }, status: 422 },
      ]) {
        expect((await call(preview, init)).status, name).toBe(status)
      }
    })
  })
})
