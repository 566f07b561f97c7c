import type { Payload } from 'payload'

type Id = number | string

/** Secrets seeded so a test can prove no public read ever shows them. */
export const secrets = {
  participantName: 'Zacharias Hemmeligsen',
  participantEmail: 'zacharias.hemmelig@deltaker.example.org',
  cancelToken: 'ct_9f8e7d6c5b4a39281706f5e4d3c2b1a0',
  idempotencyKey: 'idem_HEMMELIG_1234567890',
  facilitatorEmail: 'fasilitator.hemmelig@example.org',
  agencyContactEmail: 'kontakt.hemmelig@example.org',
  allowedOrigin: 'https://hemmelig-opprinnelse.example.org',
  onlineUrl: 'https://teams.example.org/hemmelig-motelenke',
  draftTitle: 'Hemmelig utkast',
  draftServiceTitle: 'Hemmelig tjeneste',
} as const

const day = 24 * 60 * 60 * 1000

/** A start `days` from now at a whole UTC hour, so listings stay "upcoming" whenever the suite runs. */
export function inDays(days: number, hourUtc = 8): Date {
  const date = new Date(Date.now() + days * day)
  date.setUTCHours(hourUtc, 0, 0, 0)
  return date
}

/** The Oslo calendar date (YYYY-MM-DD) of an instant. */
export const osloDate = (instant: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(instant)

export interface ReadSeed {
  topics: Record<'trust' | 'dialogue' | 'economy', Id>
  agencies: Record<'gamleOslo' | 'education', Id>
  courses: Record<'trust' | 'dialogue' | 'economy' | 'communication' | 'environment' | 'draft', Id>
  programme: Id
  sessions: Record<
    'trust1' | 'trust2' | 'trust3' | 'trust4' | 'dialogue' | 'economy' | 'envFull' | 'envCancelled' | 'envClosed' | 'envEnded' | 'draft' | 'cohort',
    Id
  >
  /** Slugs in the listing's expected order: soonest next session first, no sessions last. */
  expectedOrder: string[]
}

const lexical = (children: unknown[]) => ({
  root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children },
})
const text = (value: string, format = 0) => ({ type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, children })

/**
 * A catalogue with every case the read API distinguishes: filters, sort order, each seat status,
 * drafts, ended and cancelled sessions, and registrations full of personal data.
 */
export async function seedReadCatalog(payload: Payload): Promise<ReadSeed> {
  const topic = (title: string) => payload.create({ collection: 'topics', data: { title } })
  const trust = await topic('Tillitsbasert ledelse')
  const dialogue = await topic('Medarbeidersamtalen')
  const economy = await topic('Økonomi og styring')

  const gamleOslo = await payload.create({ collection: 'agencies', data: { name: 'Bydel Gamle Oslo' } })
  const education = await payload.create({
    collection: 'agencies',
    data: { name: 'Utdanningsetaten', allowedOrigins: [{ origin: secrets.allowedOrigin }], contactEmail: secrets.agencyContactEmail },
  })
  const location = await payload.create({ collection: 'locations', data: { name: 'UKE, Helsfyr', address: 'Innspurten 9, Oslo' } })
  const facilitator = await payload.create({
    collection: 'facilitators',
    data: { name: 'Kari Nordmann', title: 'Seniorrådgiver', email: secrets.facilitatorEmail, bio: 'Lang erfaring.' },
  })

  const course = async (data: Record<string, unknown>, draft = false) =>
    (await payload.create({ collection: 'courses', draft, data: { _status: draft ? 'draft' : 'published', ...data } })).id

  const courses = {
    trust: await course({
      title: 'Tillitsbasert styring og ledelse',
      summary: 'Grunnkurs for ledere i Oslo kommune.',
      audience: 'leaders',
      format: 'digital',
      topics: [trust.id],
      facilitators: [facilitator.id],
      duration: '1 dag',
      learningOutcomes: [{ text: 'Forstå tillitsreformen' }, { text: 'Lede med tillit' }],
      questions: [
        { label: 'Allergier?', type: 'text', required: false },
        { label: 'Hvilken rolle har du?', type: 'choice', required: true, options: [{ value: 'Leder' }, { value: 'Verneombud' }] },
      ],
      description: lexical([
        { type: 'heading', tag: 'h2', version: 1, direction: 'ltr', format: '', indent: 0, children: [text('Om kurset')] },
        paragraph(text('Et kurs om '), text('tillit', 1), text(' i praksis.')),
        {
          type: 'list',
          listType: 'bullet',
          tag: 'ul',
          start: 1,
          version: 1,
          direction: 'ltr',
          format: '',
          indent: 0,
          children: [
            { type: 'listitem', value: 1, version: 1, direction: 'ltr', format: '', indent: 0, children: [text('Forelesning')] },
            { type: 'listitem', value: 2, version: 1, direction: 'ltr', format: '', indent: 0, children: [text('Gruppearbeid <script>alert(1)</script>')] },
          ],
        },
      ]),
    }),
    dialogue: await course({
      title: 'Medarbeidersamtaler for tillitsbasert styring',
      summary: 'Gode samtaler på tvers av nivåer.',
      audience: 'all',
      format: 'in-person',
      topics: [dialogue.id],
      agencies: [gamleOslo.id],
      price: { free: false, amountNok: 1500 },
    }),
    economy: await course({
      title: 'Økonomistyring for ledere',
      summary: 'Budsjett, regnskap og prognoser.',
      audience: 'leaders',
      format: 'hybrid',
      topics: [economy.id],
      agencies: [education.id],
    }),
    communication: await course({ title: 'Kommunikasjon på tvers', summary: 'Klart språk i hverdagen.', audience: 'employees', format: 'in-person' }),
    environment: await course({ title: 'Arbeidsmiljø i praksis', summary: 'Et godt arbeidsmiljø for alle.', audience: 'employees', format: 'digital' }),
    draft: await course({ title: secrets.draftTitle, summary: 'Ikke publisert.', audience: 'all', format: 'digital' }, true),
  }
  const programme = (
    await payload.create({
      collection: 'programmes',
      data: { title: 'Lederprogram for nye ledere', summary: 'Fire samlinger over et halvt år.', audience: 'leaders', format: 'in-person', topics: [trust.id], _status: 'published' },
    })
  ).id

  const session = async (
    kind: 'course' | 'programme',
    offering: Id,
    starts: Date[],
    extra: Record<string, unknown> = {},
  ): Promise<Id> =>
    (
      await payload.create({
        collection: 'sessions',
        data: {
          kind,
          [kind]: offering,
          capacity: 20,
          meetings: starts.map((start, index) => ({
            startsAt: start.toISOString(),
            endsAt: new Date(start.getTime() + 6 * 60 * 60 * 1000).toISOString(),
            ...(index === 0 ? { location: location.id } : { onlineUrl: secrets.onlineUrl }),
          })),
          ...extra,
        },
      })
    ).id

  const sessions = {
    trust1: await session('course', courses.trust, [inDays(10)]),
    trust2: await session('course', courses.trust, [inDays(40)]),
    trust3: await session('course', courses.trust, [inDays(70)]),
    trust4: await session('course', courses.trust, [inDays(100)]),
    dialogue: await session('course', courses.dialogue, [inDays(20)], { capacity: 10 }),
    economy: await session('course', courses.economy, [inDays(5)], { capacity: 5, waitlistEnabled: true }),
    envFull: await session('course', courses.environment, [inDays(15)], { capacity: 4, waitlistEnabled: false }),
    envCancelled: await session('course', courses.environment, [inDays(8)], { status: 'cancelled' }),
    envClosed: await session('course', courses.environment, [inDays(3)], { signupDeadline: inDays(-1).toISOString() }),
    envEnded: await session('course', courses.environment, [inDays(-30)]),
    draft: await session('course', courses.draft, [inDays(1)]),
    cohort: await session('programme', programme, [inDays(30), inDays(60), inDays(90)], { capacity: 16, language: 'en' }),
  }

  // Seats taken, as the sign-up engine leaves them: a ledger per session and a registration per place.
  const ledger = async (sessionId: Id, taken: number) => {
    const existing = await payload.find({ collection: 'session-seats', where: { session: { equals: sessionId } }, depth: 0, limit: 1 })
    const current = existing.docs[0]
    if (current) await payload.update({ collection: 'session-seats', id: current.id, data: { taken } })
    else await payload.create({ collection: 'session-seats', data: { session: sessionId, taken, waitlistIssued: 0 } })
  }
  await payload.create({
    collection: 'registrations',
    data: {
      session: sessions.trust1,
      name: secrets.participantName,
      email: secrets.participantEmail,
      agency: 'Bydel Gamle Oslo',
      role: 'Enhetsleder',
      answers: { secret: 'Nøtteallergi' },
      status: 'confirmed',
      cancelToken: secrets.cancelToken,
      idempotencyKey: secrets.idempotencyKey,
      activeKey: `${sessions.trust1}:${secrets.participantEmail}`,
      sourceOrigin: secrets.allowedOrigin,
    },
  })
  for (const [index, sessionId] of [sessions.economy, sessions.economy, sessions.dialogue].entries()) {
    await payload.create({
      collection: 'registrations',
      data: { session: sessionId, name: `Deltaker Hemmelig ${index}`, email: `deltaker${index}@hemmelig.example.org`, agency: 'UKE', status: 'confirmed' },
    })
  }
  // The seat counts the read tests expect, set after the places above (which took seats of their own).
  await ledger(sessions.trust1, 1)
  await ledger(sessions.dialogue, 8)
  await ledger(sessions.economy, 5)
  await ledger(sessions.envFull, 4)

  await payload.create({
    collection: 'services',
    data: {
      title: 'Open Space',
      summary: 'Prosesshjelp for store grupper.',
      deliverables: [{ text: 'Prosessledelse' }, { text: 'Rapport' }],
      typicalDuration: 'En halv dag',
      suitedFor: 'Grupper fra 20 til 200',
      description: lexical([paragraph(text('Deltakerne setter agendaen.'))]),
      _status: 'published',
    },
  })
  await payload.create({ collection: 'services', draft: true, data: { title: secrets.draftServiceTitle, summary: 'Ikke klar.', _status: 'draft' } })

  return {
    topics: { trust: trust.id, dialogue: dialogue.id, economy: economy.id },
    agencies: { gamleOslo: gamleOslo.id, education: education.id },
    courses,
    programme,
    sessions,
    expectedOrder: [
      'arbeidsmiljo-i-praksis', // +3 days (closed, but still its next session)
      'okonomistyring-for-ledere', // +5
      'tillitsbasert-styring-og-ledelse', // +10
      'medarbeidersamtaler-for-tillitsbasert-styring', // +20
      'lederprogram-for-nye-ledere', // +30
      'kommunikasjon-pa-tvers', // no sessions
    ],
  }
}
