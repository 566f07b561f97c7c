import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { deflateSync } from 'node:zlib'
import { startMailSink, type MailMessage, type MailSink } from '@kurskatalog/test-support'
import { en } from '@payloadcms/translations/languages/en'
import { nb } from '@payloadcms/translations/languages/nb'
import type { Payload, Plugin } from 'payload'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { certificateClaimsFor } from '../src/certificate/certificateClaims.js'
import { testDatabases } from './support/databases.js'
import { failAfterHooks, failSavesOnRequest } from './support/failSavesOnRequest.js'
import { outboxSent } from './support/outboxSent.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'
import { emailToSink } from './support/withMailSink.js'

type Id = number | string
type Row = Record<string, any> & { id: Id }

const norwegianAdmin: Plugin = (config) => ({ ...config, i18n: { supportedLanguages: { nb, en }, fallbackLanguage: 'nb' } })
const publicUrl = 'https://kurs.example.org'
/** The catalogue's "now": the day after the programme's last gathering. */
const today = new Date('2027-04-21T10:00:00+02:00')
const issuer = {
  name: 'Utviklings- og kompetanseetaten',
  organisationNumber: '958935420',
  address: { street: 'Grensesvingen 6', postalCode: '0663', city: 'Oslo' },
  contactEmail: 'kurs@uke.example.org',
}
const programmeTitle = 'Lederprogram for nye ledere – kull vår 2027'
/** Four gatherings of different lengths: 6 h + 7.5 h + 3.25 h + 1.75 h = 18.5 h (not the free-text "4 samlinger"). */
const gatherings = [
  { startsAt: '2027-03-02T08:00:00.000Z', endsAt: '2027-03-02T14:00:00.000Z' },
  { startsAt: '2027-03-16T07:30:00.000Z', endsAt: '2027-03-16T15:00:00.000Z' },
  { startsAt: '2027-04-06T07:00:00.000Z', endsAt: '2027-04-06T10:15:00.000Z' },
  { startsAt: '2027-04-20T11:00:00.000Z', endsAt: '2027-04-20T12:45:00.000Z' },
]
const gatheringDays = { nb: ['2. mars 2027', '16. mars 2027', '6. april 2027', '20. april 2027'], en: ['2 March 2027', '16 March 2027', '6 April 2027', '20 April 2027'] }

/** A real PNG (a small chequered logo), made here so the test needs no file of its own. */
function logoPng(width = 60, height = 20): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const length = Buffer.alloc(4)
    length.writeUInt32BE(data.length)
    const check = Buffer.alloc(4)
    check.writeUInt32BE(crc(body))
    return Buffer.concat([length, body, check])
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const rows = Array.from({ length: height }, (_, y) =>
    Buffer.concat([Buffer.from([0]), ...Array.from({ length: width }, (_, x) => Buffer.from((Math.floor(x / 5) + Math.floor(y / 5)) % 2 ? [42, 40, 89] : [255, 255, 255]))]),
  )
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))])
}

interface StructNode {
  role?: string
  alt?: string
  children?: StructNode[]
}
const figuresIn = (node: StructNode | null | undefined): StructNode[] =>
  !node ? [] : [...(node.role === 'Figure' ? [node] : []), ...(node.children ?? []).flatMap((child) => figuresIn(child))]

/**
 * The PDF's text, metadata and structure as pdf.js reads them. drizzle-kit (the SQLite adapter's schema push
 * in tests) adds an enumerable `Array.prototype.random`, which pdf.js refuses to run beside; it is set aside
 * while pdf.js reads (as in organiserDesk.test.ts).
 */
async function readPdf(bytes: Uint8Array) {
  const polluted = Object.getOwnPropertyDescriptor(Array.prototype, 'random')
  if (polluted) delete (Array.prototype as { random?: unknown }).random
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes))
    const { text } = await extractText(pdf, { mergePages: true })
    const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, unknown> }
    const page = await pdf.getPage(1)
    const structure = (await page.getStructTree()) as unknown as StructNode
    return { text: text.replace(/\s+/g, ' '), info, pages: pdf.numPages, marked: await pdf.getMarkInfo(), figures: figuresIn(structure) }
  } finally {
    if (polluted) Object.defineProperty(Array.prototype, 'random', polluted)
  }
}

const to = (address: string) => (message: MailMessage) => message.to.includes(address)

describe.each(testDatabases)('the course certificate on $name', (database) => {
  let catalog: RunningCatalog
  let payload: Payload
  let sink: MailSink
  let programme: Id
  let session: Id
  let plainSession: Id
  let editorToken = ''
  let number = 0
  const run = Date.now().toString(36)

  const register = async (data: { name?: string; agency?: string; locale?: 'nb' | 'nn' | 'en'; status?: string; session?: Id } = {}) => {
    number += 1
    const email = `deltaker${number}-${run}@oslo.kommune.no`
    const made = await payload.create({
      collection: 'registrations',
      data: {
        session: data.session ?? session,
        name: data.name ?? `Deltaker ${number}`,
        email,
        agency: data.agency ?? 'Bydel Alna',
        status: data.status ?? 'confirmed',
        locale: data.locale ?? 'nb',
      } as never,
    })
    return { id: made.id as Id, email }
  }
  const stored = async (id: Id) => (await payload.findByID({ collection: 'registrations', id, depth: 0 })) as unknown as Row
  const certificateEmails = async (registration: Id) =>
    (await payload.find({ collection: 'queued-emails', where: { and: [{ kind: { equals: 'certificate' } }, { registration: { equals: registration } }] }, depth: 0 })).docs as unknown as Row[]
  /** The certificate jobs queued for a registration (in the change's transaction), done or not. */
  const certificateJobs = async (registration: Id) =>
    (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'kurskatalogIssueCertificate' } }, pagination: false, depth: 0 })).docs.filter(
      (job) => String((job as { input?: { registration?: unknown } }).input?.registration) === String(registration),
    )
  /**
   * Waits until a registration's certificate email is queued (issued right after the change's commit), then
   * runs the jobs queue (the certificate job, the send jobs: they find it done) and waits for the outbox.
   */
  const issued = async (registration: Id) => {
    const until = Date.now() + 10_000
    while ((await certificateEmails(registration)).length === 0) {
      if (Date.now() > until) throw new Error(`no certificate was queued for registration ${registration}`)
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    await payload.jobs.run({ queue: 'kurskatalog', limit: 100, silent: true })
    await outboxSent(payload)
  }
  const asEditor = (token: string | null = editorToken): Record<string, string> => (token ? { Authorization: `JWT ${token}` } : {})
  const patch = (id: Id, body: unknown, token: string | null = editorToken) =>
    catalog.request(`/api/registrations/${id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json', ...asEditor(token) }, body: JSON.stringify(body) })
  const download = (id: Id | string, token: string | null = editorToken, suffix = '') => catalog.request(`/api/registrations/${id}/certificate.pdf${suffix}`, { headers: asEditor(token) })

  beforeAll(async () => {
    sink = await startMailSink()
    catalog = await startCatalog(
      await database.start(),
      { publicUrl, rateLimit: false, clock: () => new Date(today), isEditor: (req) => Boolean(req.user) && !String(req.user?.email).startsWith('vikar-') },
      [emailToSink(sink), norwegianAdmin, failSavesOnRequest()],
    )
    payload = catalog.payload
    const logo = logoPng()
    const media = await payload.create({ collection: 'media', data: {}, file: { data: logo, mimetype: 'image/png', name: `logo-${run}.png`, size: logo.length } })
    await payload.updateGlobal({ slug: 'issuer-settings' as never, data: { ...issuer, logo: media.id } as never })

    const place = await payload.create({ collection: 'locations', data: { name: 'UKE, Helsfyr', address: 'Innspurten 9, Oslo' } })
    programme = (
      await payload.create({
        collection: 'programmes',
        data: { title: programmeTitle, summary: 'Fire samlinger', audience: 'leaders', format: 'in-person', duration: '4 samlinger', byApplication: false, certificate: true, _status: 'published' } as never,
      })
    ).id
    session = (
      await payload.create({
        collection: 'sessions',
        data: { kind: 'programme', programme, capacity: 40, status: 'open', meetings: gatherings.map((gathering) => ({ ...gathering, location: place.id })) } as never,
      })
    ).id
    const course = await payload.create({
      collection: 'courses',
      data: { title: 'Kurs uten kursbevis', summary: 'Ingen bevis', audience: 'all', format: 'digital', _status: 'published' } as never,
    })
    plainSession = (await payload.create({ collection: 'sessions', data: { kind: 'course', course: course.id, capacity: 10, status: 'open', meetings: [gatherings[0]!] } as never })).id

    await payload.create({ collection: 'users', data: { email: `redaktor-${run}@example.org`, password: 'kurskatalog-test' } })
    editorToken = (await payload.login({ collection: 'users', data: { email: `redaktor-${run}@example.org`, password: 'kurskatalog-test' } })).token!
  })

  afterAll(async () => {
    await catalog?.stop()
    await sink?.stop()
  })

  it('is off unless an editor ticks it, on courses and programmes alike', async () => {
    const course = await payload.create({ collection: 'courses', data: { title: 'Standard', summary: 'Uten valg', audience: 'all', format: 'digital' } as never })
    expect((course as Row).certificate).toBe(false)
    expect(((await payload.findByID({ collection: 'programmes', id: programme, depth: 0 })) as unknown as Row).certificate).toBe(true)
  })

  it('an editor marking a participant attended sends one email with the certificate: name, title, dates, hours summed, agency, issuer', async () => {
    const person = await register({ name: 'Åse Ødegård-Ærø', agency: 'Bydel Grünerløkka' })
    const answer = await patch(person.id, { status: 'attended' })
    expect(answer.status, await answer.clone().text()).toBe(200)
    await issued(person.id)

    const message = await sink.waitFor(to(person.email))
    expect(message.subject).toBe(`Kursbevis: ${programmeTitle}`)
    expect(message.text).toContain(`Du har fullført «${programmeTitle}»`)
    expect(message.text).toContain('Ta vare på kursbeviset, og del det gjerne med lederen din')
    expect(message.text).toContain('Omfang: 18,5 timer')
    expect(message.html).toContain('<html lang="nb">')
    expect(message.attachments).toHaveLength(1)
    const [file] = message.attachments
    expect(file!.contentType).toBe('application/pdf')
    expect(file!.filename).toBe('kursbevis-ase-odegard-aero-lederprogram-for-nye-ledere-kull-var-2027.pdf')

    const pdf = await readPdf(Buffer.from(file!.content, 'base64'))
    expect(pdf.pages).toBe(1)
    expect(pdf.info.Title).toBe(`Kursbevis: ${programmeTitle} – Åse Ødegård-Ærø`)
    expect(pdf.info.Language).toBe('nb-NO')
    expect(pdf.marked?.Marked).toBe(true)
    for (const text of [
      'Kursbevis',
      'Dette bekrefter at',
      'Åse Ødegård-Ærø',
      'har fullført programmet',
      programmeTitle,
      `Datoer: ${gatheringDays.nb.join(', ')}`,
      'Omfang: 18,5 timer',
      'Virksomhet: Bydel Grünerløkka',
      'Utstedt av',
      issuer.name,
      'Org.nr. 958 935 420',
      'Grensesvingen 6, 0663 Oslo',
      'Utstedt 21. april 2027',
    ]) {
      expect(pdf.text, text).toContain(text)
    }
    // The free-text duration is not what it states.
    expect(pdf.text).not.toContain('4 samlinger')
    // The logo, as a figure named after the issuer.
    expect(pdf.figures.map((figure) => figure.alt)).toEqual([issuer.name])

    // Recorded once, at the catalogue's "now"; the outbox row stays small.
    expect(new Date((await stored(person.id)).certificateSentAt).toISOString()).toBe(today.toISOString())
    const emails = await certificateEmails(person.id)
    expect(emails).toHaveLength(1)
    expect(emails[0]!.status).toBe('sent')
    expect(JSON.stringify(emails[0]!.attachments).length).toBeLessThan(60_000)
  })

  it('speaks the participant\'s language: nynorsk and English, set by the attendance run through the Local API', async () => {
    const nynorsk = await register({ name: 'Nils Nynorsk', locale: 'nn' })
    const english = await register({ name: 'Emma English', locale: 'en', agency: 'Oslo Business Region' })
    for (const person of [nynorsk, english]) await payload.update({ collection: 'registrations', id: person.id, data: { status: 'attended' } as never })
    for (const person of [nynorsk, english]) await issued(person.id)

    const nn = await sink.waitFor(to(nynorsk.email))
    expect(nn.subject).toBe(`Kursbevis: ${programmeTitle}`)
    expect(nn.text).toContain('Omfang: 18,5 timar')
    expect(nn.text).toContain('del det gjerne med leiaren din')
    const nnPdf = await readPdf(Buffer.from(nn.attachments[0]!.content, 'base64'))
    expect(nnPdf.info.Language).toBe('nn-NO')
    for (const text of ['Dette stadfestar at', 'Nils Nynorsk', 'Datoar:', 'Omfang: 18,5 timar', 'Verksemd: Bydel Alna', 'Utferda 21. april 2027']) expect(nnPdf.text, text).toContain(text)

    const eng = await sink.waitFor(to(english.email))
    expect(eng.subject).toBe(`Course certificate: ${programmeTitle}`)
    expect(eng.text).toContain('Hours: 18.5 hours')
    expect(eng.text).toContain('share it with your leader')
    const enPdf = await readPdf(Buffer.from(eng.attachments[0]!.content, 'base64'))
    expect(enPdf.info.Language).toBe('en-GB')
    for (const text of ['This is to certify that', 'Emma English', 'has completed the programme', `Dates: ${gatheringDays.en.join(', ')}`, 'Hours: 18.5 hours', 'Agency: Oslo Business Region', 'Org. no. 958 935 420', 'Issued 21 April 2027']) {
      expect(enPdf.text, text).toContain(text)
    }
  })

  it('goes out once under two concurrent status changes, and never again for that registration', async () => {
    const person = await register({ name: 'Kari Samtidig' })
    const attended = () => payload.update({ collection: 'registrations', id: person.id, data: { status: 'attended' } as never })
    const results = await Promise.allSettled([attended(), attended()])
    // On MongoDB the second may fail with a write conflict; at least one of them is the change.
    expect(results.filter((result) => result.status === 'fulfilled').length).toBeGreaterThanOrEqual(1)
    for (const result of results) if (result.status === 'rejected') expect(String(result.reason)).toMatch(/conflict|WriteConflict|TransientTransaction/i)
    // A change that found it attended already queued nothing (SQLite lets one write at a time); the MongoDB test
    // server lets both see it confirmed, so both queue a job: both run, and only one sends anything.
    const queued = (await certificateJobs(person.id)).length
    expect(queued).toBeGreaterThanOrEqual(1)
    expect(queued).toBeLessThanOrEqual(results.filter((result) => result.status === 'fulfilled').length)
    await issued(person.id)
    expect(await certificateJobs(person.id), 'every job ran (and was deleted when done)').toHaveLength(0)
    expect(await certificateEmails(person.id)).toHaveLength(1)

    // Saved again, marked no-show and attended once more: still the one.
    await payload.update({ collection: 'registrations', id: person.id, data: { role: 'Avdelingsleder' } as never })
    await payload.update({ collection: 'registrations', id: person.id, data: { status: 'no-show' } as never })
    await payload.update({ collection: 'registrations', id: person.id, data: { status: 'attended' } as never })
    // An editor cannot clear the record to send another.
    const cleared = await patch(person.id, { certificateSentAt: null })
    expect(cleared.status).toBeLessThan(500)
    expect((await stored(person.id)).certificateSentAt).toBeTruthy()
    await payload.update({ collection: 'registrations', id: person.id, data: { status: 'no-show' } as never })
    await payload.update({ collection: 'registrations', id: person.id, data: { status: 'attended' } as never })
    await payload.jobs.run({ queue: 'kurskatalog', limit: 100, silent: true })
    await outboxSent(payload)
    expect(await certificateEmails(person.id)).toHaveLength(1)
    expect((await sink.messages()).filter(to(person.email))).toHaveLength(1)
  })

  it('a change that fails after the hooks sends nothing and records nothing; the next one sends it', async () => {
    const person = await register({ name: 'Rolf Tilbake' })
    await expect(payload.update({ collection: 'registrations', id: person.id, data: { status: 'attended' } as never, context: { [failAfterHooks]: true } })).rejects.toThrow(/failed on request/)
    const after = await stored(person.id)
    expect(after.status).toBe('confirmed')
    expect(after.certificateSentAt ?? null).toBeNull()
    expect(await certificateJobs(person.id)).toHaveLength(0)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(await certificateEmails(person.id)).toHaveLength(0)

    await payload.update({ collection: 'registrations', id: person.id, data: { status: 'attended' } as never })
    await issued(person.id)
    expect(await certificateEmails(person.id)).toHaveLength(1)
    expect((await sink.messages()).filter(to(person.email))).toHaveLength(1)
  })

  it('is sent to a participant an editor adds as attended, but not for no-show, cancelled or waiting, nor where certificates are off', async () => {
    const addedAttended = await register({ name: 'Lagt Til', status: 'attended' })
    const noShow = await register({ name: 'Møtte Ikke' })
    await payload.update({ collection: 'registrations', id: noShow.id, data: { status: 'no-show' } as never })
    const cancelled = await register({ name: 'Meldte Av' })
    await payload.update({ collection: 'registrations', id: cancelled.id, data: { status: 'cancelled' } as never })
    const waiting = await register({ name: 'På Vent', status: 'waitlisted' })
    const off = await register({ name: 'Uten Bevis', session: plainSession })
    await payload.update({ collection: 'registrations', id: off.id, data: { status: 'attended' } as never })
    await issued(addedAttended.id)

    expect(await certificateEmails(addedAttended.id)).toHaveLength(1)
    expect((await sink.waitFor(to(addedAttended.email))).subject).toBe(`Kursbevis: ${programmeTitle}`)
    for (const person of [noShow, cancelled, waiting, off]) {
      // Not even a job: the change that did not complete a certificate offering queued nothing.
      expect(await certificateJobs(person.id), person.email).toHaveLength(0)
      expect(await certificateEmails(person.id), person.email).toHaveLength(0)
      expect((await stored(person.id)).certificateSentAt ?? null).toBeNull()
      expect((await sink.messages()).filter(to(person.email)), person.email).toHaveLength(0)
    }
  })

  it('a claim whose process died before its email was queued is waited for, then taken over by the job', async () => {
    const course = await payload.create({ collection: 'courses', data: { title: 'Kurs med avbrudd', summary: 'Krasj', audience: 'all', format: 'digital', _status: 'published' } as never })
    const crashSession = (await payload.create({ collection: 'sessions', data: { kind: 'course', course: course.id, capacity: 5, status: 'open', meetings: [gatherings[1]!] } as never })).id
    const dead = await register({ name: 'Død Prosess', session: crashSession, status: 'attended' })
    const busy = await register({ name: 'Opptatt Prosess', session: crashSession, status: 'attended' })
    // What a process leaves that claimed and died before its email transaction committed: the stamp, no email.
    const claims = certificateClaimsFor(payload, { registrations: 'registrations' } as never)
    expect(await claims.claim(dead.id, new Date(today.getTime() - 10 * 60_000))).toBe(true)
    expect(await claims.claim(busy.id, new Date(today.getTime() - 60_000))).toBe(true)
    await payload.update({ collection: 'courses', id: course.id, data: { certificate: true } as never })
    for (const person of [dead, busy]) await payload.jobs.queue({ task: 'kurskatalogIssueCertificate' as never, input: { registration: String(person.id) } as never, queue: 'kurskatalog' })
    await payload.jobs.run({ queue: 'kurskatalog', limit: 100, silent: true })
    await outboxSent(payload)

    expect(await certificateEmails(dead.id)).toHaveLength(1)
    expect(new Date((await stored(dead.id)).certificateSentAt).toISOString()).toBe(today.toISOString())
    expect((await sink.waitFor(to(dead.email))).subject).toBe('Kursbevis: Kurs med avbrudd')
    // Claimed a minute ago: perhaps still being queued, so its job waits to be run again.
    expect(await certificateEmails(busy.id)).toHaveLength(0)
    const waiting = await certificateJobs(busy.id)
    expect(waiting).toHaveLength(1)
    expect((waiting[0] as { completedAt?: unknown }).completedAt ?? null).toBeNull()
    await payload.delete({ collection: 'payload-jobs', id: waiting[0]!.id })
  })

  describe('the download for editors', () => {
    it('gives the certificate that was sent, with the day it was sent, as a PDF file', async () => {
      const person = await register({ name: 'Åsmund Ærlig', agency: 'Helseetaten' })
      await payload.update({ collection: 'registrations', id: person.id, data: { status: 'attended' } as never })
      await issued(person.id)
      const answer = await download(person.id)
      expect(answer.status, await answer.clone().text()).toBe(200)
      expect(answer.headers.get('content-type')).toBe('application/pdf')
      expect(answer.headers.get('content-disposition')).toBe('attachment; filename="kursbevis-asmund-aerlig-lederprogram-for-nye-ledere-kull-var-2027.pdf"')
      expect(answer.headers.get('cache-control')).toBe('no-store')
      const pdf = await readPdf(new Uint8Array(await answer.arrayBuffer()))
      for (const text of ['Åsmund Ærlig', programmeTitle, 'Omfang: 18,5 timer', 'Virksomhet: Helseetaten', issuer.name, 'Utstedt 21. april 2027']) expect(pdf.text, text).toContain(text)
    })

    it('is there for anyone who attended, certificates on or not; without a readable logo it has none', async () => {
      const person = await register({ name: 'Uten Logo', session: plainSession })
      await payload.update({ collection: 'registrations', id: person.id, data: { status: 'attended' } as never })
      const withLogo = await readPdf(new Uint8Array(await (await download(person.id)).arrayBuffer()))
      expect(withLogo.text).toContain('har fullført kurset')
      expect(withLogo.text).toContain('Kurs uten kursbevis')
      expect(withLogo.text).toContain('Dato: 2. mars 2027')
      expect(withLogo.text).toContain('Omfang: 6 timer')
      expect(withLogo.figures).toHaveLength(1)

      // A logo whose file is gone from the disk: the certificate still comes, without it.
      const gone = logoPng(10, 10)
      const media = await payload.create({ collection: 'media', data: {}, file: { data: gone, mimetype: 'image/png', name: `borte-${run}.png`, size: gone.length } })
      rmSync(path.join(tmpdir(), 'kurskatalog-test-media', String((media as Row).filename)))
      const global = (await payload.findGlobal({ slug: 'issuer-settings' as never, depth: 0 })) as Row
      await payload.updateGlobal({ slug: 'issuer-settings' as never, data: { logo: media.id } as never })
      try {
        const answer = await download(person.id)
        expect(answer.status).toBe(200)
        const withoutLogo = await readPdf(new Uint8Array(await answer.arrayBuffer()))
        expect(withoutLogo.figures).toHaveLength(0)
        expect(withoutLogo.text).toContain(issuer.name)
      } finally {
        await payload.updateGlobal({ slug: 'issuer-settings' as never, data: { logo: global.logo } as never })
      }
    })

    it('404 for a registration that did not attend, one that does not exist, and ids that cannot be one', async () => {
      const confirmed = await register({ name: 'Bare Bekreftet' })
      const unknown = payload.db.name === 'mongoose' ? 'aaaaaaaaaaaaaaaaaaaaaaaa' : '999999'
      for (const id of [String(confirmed.id), unknown, '0', '-1', '1.5', 'abc', '%27%20OR%201%3D1', '1%3BDROP%20TABLE%20registrations', 'x'.repeat(5000), '%00', '..%2F..%2Fetc%2Fpasswd']) {
        const answer = await download(id)
        expect(answer.status, `${id.slice(0, 40)}: ${answer.status}`).toBe(404)
        expect(answer.headers.get('content-type')).toMatch(/^application\/json/)
        const body = (await answer.json()) as { errors: { message: string }[] }
        expect(body.errors[0]!.message).toMatch(/kursbevis/i)
      }
    })

    it('401 without a login or with a forged token, 403 for a user who is not an editor, 400 for any parameter — and nothing of the person in the answer', async () => {
      const person = await register({ name: 'Hemmelig Person', agency: 'Hemmelig Etat' })
      await payload.update({ collection: 'registrations', id: person.id, data: { status: 'attended' } as never })
      // Sent before the refusals are tried (and before the suite ends, so nothing is left in flight).
      await issued(person.id)
      await payload.create({ collection: 'users', data: { email: `vikar-${run}@example.org`, password: 'kurskatalog-test' } })
      const outsider = (await payload.login({ collection: 'users', data: { email: `vikar-${run}@example.org`, password: 'kurskatalog-test' } })).token!
      const refusals: [Response, number][] = [
        [await download(person.id, null), 401],
        [await download(person.id, 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.forfalsket'), 401],
        [await download(person.id, outsider), 403],
        [await download(person.id, editorToken, '?utgave=navn'), 400],
        [await download(person.id, editorToken, `?${'x'.repeat(5000)}=1`), 400],
        [await download(person.id, editorToken, '?__proto__=x'), 400],
      ]
      for (const [answer, status] of refusals) {
        expect(answer.status).toBe(status)
        expect(answer.headers.get('content-type')).toMatch(/^application\/json/)
        const text = await answer.text()
        expect((JSON.parse(text) as { errors: { message: string }[] }).errors[0]!.message.length).toBeGreaterThan(0)
        expect(text).not.toContain('Hemmelig')
        expect(text).not.toContain(person.email)
      }
    })

    it('other methods on the same path change nothing and send nothing', async () => {
      const person = await register({ name: 'Uendret Person' })
      for (const method of ['POST', 'PATCH', 'PUT', 'DELETE']) {
        const answer = await catalog.request(`/api/registrations/${person.id}/certificate.pdf`, {
          method,
          headers: { 'Content-Type': 'application/json', ...asEditor() },
          body: JSON.stringify({ status: 'attended' }),
        })
        expect(answer.status, method).toBeGreaterThanOrEqual(400)
        expect(answer.status, method).toBeLessThan(500)
      }
      const after = await stored(person.id)
      expect(after.status).toBe('confirmed')
      expect(await certificateEmails(person.id)).toHaveLength(0)
    })
  })
})
