import { apiRoutes, brochureLabelsNb } from '@kurskatalog/contract'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatMeeting } from '../src/email/formatWhen.js'
import { refreshBrochureTaskSlug } from '../src/jobs/refreshBrochureTask.js'
import { testDatabases } from './support/databases.js'
import { readPdf } from './support/readPdf.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'

type Id = number | string

const publicUrl = 'https://kurs.example.no'
// The catalogue's day: Sunday 10 January 2027, so the default brochure is "våren 2027" (10.01–30.06).
const today = new Date('2027-01-10T09:00:00+01:00')
const at = (day: string, time: string) => new Date(`${day}T${time}:00+01:00`).toISOString()
const meeting = (day: string, from = '09:00', to = '15:00') => ({ startsAt: at(day, from), endsAt: at(day, to) })
const brochurePath = `/api${apiRoutes.brochure}`
const issuer = {
  name: 'Utviklings- og kompetanseetaten',
  organisationNumber: '958935420',
  contactEmail: 'kurs@uke.example.org',
  phone: '+47 21 80 21 80',
  address: { street: 'Grensesvingen 6', postalCode: '0663', city: 'Oslo' },
}

describe.each(testDatabases)('the brochure on $name', (database) => {
  let catalog: RunningCatalog
  let payload: Payload
  const ids: Record<string, Id> = {}
  const slugs: Record<string, string> = {}
  let location: Id
  const rendersPerMinute = 14
  // Small parts, so every brochure here is stored in several (a real one holds 4 MiB each, under MongoDB's 16 MB a document).
  const partBytes = 16 * 1024

  const get = (query = '', init?: RequestInit) => catalog.request(`${brochurePath}${query ? `?${query}` : ''}`, init)
  const brochureRows = async () => (await payload.count({ collection: 'brochures' as never, overrideAccess: true })).totalDocs

  async function course(key: string, data: Record<string, unknown>, sessions: { day: string; capacity?: number }[]) {
    const made = await payload.create({ collection: 'courses', data: { summary: `Om ${String(data.title)}`, format: 'in-person', audience: 'all', _status: 'published', ...data } as never, draft: data._status === 'draft' })
    ids[key] = made.id
    slugs[key] = String((made as { slug?: string }).slug)
    for (const [index, session] of sessions.entries()) {
      const row = await payload.create({
        collection: 'sessions',
        data: { kind: 'course', course: made.id, capacity: session.capacity ?? 20, waitlistEnabled: true, status: 'open', meetings: [{ ...meeting(session.day), location }] } as never,
      })
      ids[`${key}-session-${index}`] = row.id
    }
  }

  beforeAll(async () => {
    catalog = await startCatalog(await database.start(), { clock: () => today, publicUrl, brochure: { rendersPerMinute, seatRefreshSeconds: 2, waitSeconds: 60, partBytes } })
    payload = catalog.payload
    await payload.updateGlobal({ slug: 'issuer-settings' as never, data: issuer as never })
    const leadership = await payload.create({ collection: 'topics', data: { title: 'Ledelse og tillit' } })
    const dialogue = await payload.create({ collection: 'topics', data: { title: 'Medarbeidersamtaler' } })
    slugs.topicLeadership = String((leadership as { slug?: string }).slug)
    slugs.topicDialogue = String((dialogue as { slug?: string }).slug)
    location = (await payload.create({ collection: 'locations', data: { name: 'Kurssenteret på Helsfyr', address: 'Grensesvingen 6, Oslo' } })).id
    const facilitator = await payload.create({ collection: 'facilitators', data: { name: 'Åse Øvrebø', title: 'Seniorrådgiver', email: 'ase@example.org' } })
    await course(
      'full',
      { title: 'Ærlig lederdialog på Ås', audience: 'leaders', topics: [leadership.id], facilitators: [facilitator.id], duration: 'Én dag', learningOutcomes: [{ text: 'Å gi og få tilbakemeldinger' }], price: { free: false, amountNok: 3500 } },
      [{ day: '2027-02-15', capacity: 2 }],
    )
    await course('dialogue', { title: 'Medarbeidersamtalen i praksis', audience: 'employees', topics: [dialogue.id] }, [{ day: '2027-03-10' }, { day: '2027-09-01' }])
    await course('autumn', { title: 'Høstkurs om økonomistyring', topics: [leadership.id] }, [{ day: '2027-10-05' }])
    await course('draft', { title: 'Hemmelig utkast til kurs', topics: [leadership.id], _status: 'draft' }, [{ day: '2027-02-20' }])
    await course('untopical', { title: 'Skrivekurs for alle', audience: 'all' }, [{ day: '2027-05-04' }])
    await payload.create({ collection: 'services', data: { title: 'Open Space for hele enheten', summary: 'Vi leder prosessen', deliverables: [{ text: 'Prosessledelse' }], _status: 'published' } as never })
    for (const name of ['Kari Nordmann', 'Ola Nordmann']) {
      await payload.create({ collection: 'registrations', data: { session: ids['full-session-0'], name, email: `${name.split(' ')[0]!.toLowerCase()}@oslo.kommune.no`, agency: 'Bydel Alna', status: 'confirmed' } as never })
    }
  })
  afterAll(async () => {
    await catalog?.stop()
  })

  it('prints every published offering in the period with its dates, the services and the owner’s facts; drafts and other periods are absent', async () => {
    const response = await get()
    expect(response.status, await response.clone().text()).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toBe('inline; filename="kurskatalog-2027-var.pdf"')
    expect(response.headers.get('etag')).toMatch(/^"[\w-]+"$/)
    expect(response.headers.get('cache-control')).toMatch(/public, max-age=\d+/)
    const pdf = await readPdf(await response.arrayBuffer())
    const all = pdf.pages.join(' ')
    expect(pdf.pages[0]).toContain('Kurs og lederutvikling våren 2027')
    expect(pdf.pages[0]).toContain(issuer.name)
    for (const title of ['Ærlig lederdialog på Ås', 'Medarbeidersamtalen i praksis', 'Skrivekurs for alle', 'Open Space for hele enheten']) expect(all).toContain(title)
    for (const title of ['Høstkurs om økonomistyring', 'Hemmelig utkast til kurs']) expect(all).not.toContain(title)
    const when = (day: string) => formatMeeting(at(day, '09:00'), at(day, '15:00'), 'nb')
    for (const day of ['2027-02-15', '2027-03-10', '2027-05-04']) expect(all).toContain(when(day))
    expect(all).not.toContain(when('2027-09-01'))
    expect(all).toContain('Fullt – venteliste')
    expect(all).toContain('Åse Øvrebø, Seniorrådgiver')
    expect(all).toContain('Å gi og få tilbakemeldinger')
    expect(all).toContain('3 500 kr')
    expect(all).toContain('Kurssenteret på Helsfyr')
    const back = pdf.pages[pdf.pages.length - 1]!
    for (const fact of ['Org.nr. 958 935 420', 'Grensesvingen 6', '0663 Oslo', issuer.contactEmail, issuer.phone]) expect(back).toContain(fact)
  })

  it('is tagged: title and language set, headings in reading order, a QR code with its address as alternative text', async () => {
    const pdf = await readPdf(await (await get()).arrayBuffer())
    expect(pdf.title).toBe('Kurs og lederutvikling våren 2027')
    expect(pdf.language).toBe('nb-NO')
    const headings = pdf.structure.filter((node) => /^H\d$/.test(node.role)).map((node) => `${node.role} ${node.text}`)
    expect(headings).toEqual([
      'H1 Kurs og lederutvikling våren 2027',
      `H2 ${brochureLabelsNb.contents}`,
      'H2 Ledelse og tillit',
      'H3 Ærlig lederdialog på Ås',
      'H2 Medarbeidersamtaler',
      'H3 Medarbeidersamtalen i praksis',
      `H2 ${brochureLabelsNb.otherOfferings}`,
      'H3 Skrivekurs for alle',
      `H2 ${brochureLabelsNb.services}`,
      'H3 Open Space for hele enheten',
      `H2 ${brochureLabelsNb.contact}`,
    ])
    const figures = pdf.structure.filter((node) => node.role === 'Figure').map((node) => node.alt)
    expect(figures).toEqual(['full', 'dialogue', 'untopical'].map((key) => `QR-kode til ${publicUrl}/kurs/${slugs[key]}`))
    expect(pdf.structure.some((node) => node.role === 'L')).toBe(true)
    // The contents give each offering's page: the page its section is on.
    const contents = pdf.pages[1]!
    const pageOf = (title: string) => pdf.pages.findIndex((page, index) => index > 1 && page.includes(title)) + 1
    expect(contents).toContain(`Ærlig lederdialog på Ås ${pageOf('Ærlig lederdialog på Ås')}`)
  })

  it('each QR code, read from the drawn page, leads to its offering’s public page', async () => {
    const pdf = await readPdf(await (await get()).arrayBuffer(), { qrCodes: true })
    const codes = pdf.qrCodes.flat().sort()
    expect(codes).toEqual(['full', 'dialogue', 'untopical'].map((key) => `${publicUrl}/kurs/${slugs[key]}`).sort())
  })

  it('filters by topic, audience, period and language as the options say', async () => {
    const text = async (query: string) => {
      const response = await get(query)
      expect(response.status, `${query}: ${await response.clone().text()}`).toBe(200)
      return { text: (await readPdf(await response.arrayBuffer())).pages.join(' '), file: response.headers.get('content-disposition') }
    }
    const topic = await text(`tema=${slugs.topicDialogue}`)
    expect(topic.text).toContain('Medarbeidersamtalen i praksis')
    expect(topic.text).not.toContain('Ærlig lederdialog')
    expect(topic.text).toContain('Tema: Medarbeidersamtaler')
    const leaders = await text('malgruppe=leaders')
    expect(leaders.text).toContain('Ærlig lederdialog')
    expect(leaders.text).toContain('Skrivekurs for alle')
    expect(leaders.text).not.toContain('Medarbeidersamtalen i praksis')
    const march = await text('fra=2027-03-01&til=2027-03-31')
    expect(march.text).toContain('Medarbeidersamtalen i praksis')
    expect(march.text).not.toContain('Ærlig lederdialog')
    const autumn = await text('fra=2027-07-01&til=2027-12-31')
    expect(autumn.text).toContain('Høstkurs om økonomistyring')
    expect(autumn.text).toContain('Kurs og lederutvikling høsten 2027')
    expect(autumn.file).toBe('inline; filename="kurskatalog-2027-host.pdf"')
    const english = await text('sprak=en')
    expect(english.text).toContain('Courses and leadership development spring 2027')
    expect(english.text).toContain('Dates and places')
    expect(english.text).toContain('Full – waiting list')
    const nynorsk = await text('sprak=nn')
    expect(nynorsk.text).toContain('Kurs og leiarutvikling våren 2027')
    expect(nynorsk.text).toContain('Datoar og stader')
  })

  it('refuses unknown, wrong, oversized and hostile options with 400 naming the parameter, and makes nothing', async () => {
    const before = await brochureRows()
    const jobsBefore = (await payload.count({ collection: 'payload-jobs' as never, overrideAccess: true })).totalDocs
    const refused: [string, string][] = [
      ['lang=en', 'lang'],
      ['fra=2027-02-30', 'fra'],
      ['til=neste-uke', 'til'],
      ['tema=finnes-ikke', 'tema'],
      ['tema=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'tema'],
      [`tema=${'a'.repeat(5000)}`, 'tema'],
      ['malgruppe=sjefer', 'malgruppe'],
      ['sprak=de', 'sprak'],
      ['sprak=nb&sprak=en', 'sprak'],
      ['fra=2027-04-01&til=2027-03-01', 'til'],
      ['fra=2027-01-10&til=2029-01-01', 'til'],
      ['til=2026-12-31', 'til'],
      [`${'x'.repeat(300)}=1`, 'x'.repeat(40)],
    ]
    for (const [query, parameter] of refused) {
      const response = await get(query)
      expect(response.status, query).toBe(400)
      const body = (await response.json()) as { error: { code: string; message: string; fields?: Record<string, unknown> } }
      expect(body.error.code, query).toBe('invalid-query')
      expect(body.error.message, query).toContain(parameter)
      expect(Object.keys(body.error.fields ?? {}), query).toEqual([parameter])
    }
    expect(await brochureRows()).toBe(before)
    expect((await payload.count({ collection: 'payload-jobs' as never, overrideAccess: true })).totalDocs).toBe(jobsBefore)
  })

  it('answers 304 to a client that has it', async () => {
    const first = await get()
    const again = await get('', { headers: { 'If-None-Match': first.headers.get('etag')! } })
    expect(again.status).toBe(304)
  })

  it('a change by an editor changes the brochure; the scheduled refresh makes the default one without a request', async () => {
    const before = await get()
    expect(before.status).toBe(200)
    await payload.update({ collection: 'courses', id: ids.untopical!, data: { title: 'Skrivekurs for alle ansatte i Oslo' } as never })
    await payload.jobs.queue({ task: refreshBrochureTaskSlug as never, input: {}, queue: 'kurskatalog' })
    await payload.jobs.run({ queue: 'kurskatalog' })
    const made = await payload.find({ collection: 'brochures' as never, where: { options: { equals: 'fra=2027-01-10&til=2027-06-30&sprak=nb' } }, overrideAccess: true, pagination: false })
    expect(made.docs.map((doc) => (doc as { status?: string }).status)).toContain('ready')
    const after = await get()
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'))
    const text = (await readPdf(await after.arrayBuffer())).pages.join(' ')
    expect(text).toContain('Skrivekurs for alle ansatte i Oslo')
  })

  it('keeps a file in parts no larger than partBytes, serves them joined, and deletes the parts with their edition', async () => {
    const answer = await get()
    const served = Buffer.from(await answer.arrayBuffer())
    const editions = (await payload.find({ collection: 'brochures' as never, overrideAccess: true, pagination: false, depth: 0 })).docs as unknown as { id: Id; etag: string; bytes: number; parts: number }[]
    const edition = editions.find((row) => row.etag === answer.headers.get('etag'))!
    expect(edition.bytes).toBe(served.length)
    expect(edition.parts).toBe(Math.ceil(served.length / partBytes))
    expect(edition.parts).toBeGreaterThan(1)
    const parts = (await payload.find({ collection: 'brochure-parts' as never, overrideAccess: true, pagination: false, depth: 0, sort: 'part' })).docs as unknown as { edition: string; part: number; data: string }[]
    const own = parts.filter((row) => row.edition === String(edition.id))
    expect(own.map((row) => row.part)).toEqual([...Array(edition.parts).keys()])
    for (const row of own) expect(Buffer.from(row.data, 'base64').length).toBeLessThanOrEqual(partBytes)
    expect(Buffer.concat(own.map((row) => Buffer.from(row.data, 'base64'))).equals(served)).toBe(true)
    // The change test before pruned older editions: none of their parts is left behind.
    const known = new Set(editions.map((row) => String(row.id)))
    expect(parts.filter((row) => !known.has(row.edition))).toEqual([])
  })

  it('makes again an edition that has no parts (one stored before files were kept in parts)', async () => {
    const query = 'fra=2027-01-10&til=2027-04-30'
    const first = await get(query)
    expect(first.status).toBe(200)
    const [made] = (await payload.find({ collection: 'brochures' as never, where: { options: { equals: `${query}&sprak=nb` } }, overrideAccess: true, pagination: false, depth: 0 })).docs as unknown as { id: Id; stamp: string }[]
    // As an older release left it: ready, its file in a field of its own, no parts.
    await payload.update({ collection: 'brochures' as never, id: made!.id, data: { parts: null } as never, overrideAccess: true })
    await payload.delete({ collection: 'brochure-parts' as never, where: { edition: { equals: String(made!.id) } }, overrideAccess: true })
    const again = await get(query)
    expect(again.status).toBe(200)
    expect((await readPdf(await again.arrayBuffer())).pages.join(' ')).toContain('Ærlig lederdialog på Ås')
  })

  it('seats printed are made again in the background once the seat window has passed and seats moved', async () => {
    const first = await get()
    const firstTag = first.headers.get('etag')
    expect((await readPdf(await first.arrayBuffer())).pages.join(' ')).toContain('Fullt – venteliste')
    const kari = await payload.find({ collection: 'registrations', where: { name: { equals: 'Kari Nordmann' } }, overrideAccess: true })
    await payload.update({ collection: 'registrations', id: kari.docs[0]!.id, data: { status: 'cancelled' } as never })
    await new Promise((resolve) => setTimeout(resolve, 2_200))
    const stale = await get()
    expect(stale.headers.get('etag')).toBe(firstTag)
    let fresh = stale
    for (let tries = 0; tries < 40 && fresh.headers.get('etag') === firstTag; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 250))
      fresh = await get()
    }
    expect(fresh.headers.get('etag')).not.toBe(firstTag)
    const text = (await readPdf(await fresh.arrayBuffer())).pages.join(' ')
    expect(text).not.toContain('Fullt – venteliste')
    expect(text).toContain('Bare 1 plass igjen')
  }, 30_000)

  it('shares one render among concurrent requests for a set not made yet', async () => {
    const query = 'fra=2027-02-01&til=2027-05-31'
    const answers = await Promise.all(Array.from({ length: 8 }, () => get(query)))
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(200))
    expect(new Set(answers.map((answer) => answer.headers.get('etag'))).size).toBe(1)
    const rows = await payload.find({ collection: 'brochures' as never, where: { options: { equals: 'fra=2027-02-01&til=2027-05-31&sprak=nb' } }, overrideAccess: true, pagination: false })
    expect(rows.docs).toHaveLength(1)
  })

  it('a burst of odd query strings renders a bounded number of times; the rest are told to come back', async () => {
    // The allowance is per minute on the clock: start the burst early in one, so it all falls in that minute.
    const left = 60_000 - (Date.now() % 60_000)
    if (left < 25_000) await new Promise((resolve) => setTimeout(resolve, left + 50))
    const before = await brochureRows()
    const queries = Array.from({ length: 30 }, (_, index) => `fra=2027-01-${String(11 + (index % 20)).padStart(2, '0')}&til=2027-0${2 + Math.floor(index / 20)}-28`)
    const answers = await Promise.all(queries.map((query) => get(query)))
    const statuses = answers.map((answer) => answer.status)
    expect(statuses.every((status) => status === 200 || status === 503), statuses.join()).toBe(true)
    const busy = answers.filter((answer) => answer.status === 503)
    expect(busy.length).toBeGreaterThan(0)
    for (const answer of busy) {
      expect(answer.headers.get('retry-after')).toMatch(/^\d+$/)
      expect(((await answer.json()) as { error: { code: string } }).error.code).toBe('busy')
    }
    // Every burst set that got a 200 was made by its own render; none was made beyond the minute's allowance.
    const made = (await brochureRows()) - before
    expect(made).toBeLessThanOrEqual(rendersPerMinute)
    expect(answers.filter((answer) => answer.status === 200).length).toBeLessThanOrEqual(made)
    // Each request waits at most waitSeconds (60 here) for its render: the slowest answer bounds the test's time.
  }, 150_000)
})
