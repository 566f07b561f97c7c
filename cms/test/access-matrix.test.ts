import { cmsTestDatabases, startBuiltCms, type BuiltCms, type CmsDatabase } from '@kurskatalog/test-support'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { collectionAccess, draftOnly, globalAccess, messageUrls, organiserUrls, personalFields, registrationUrls, type Caller, type CollectionAccess } from './support/accessModel.js'
import { cmsApi, demoAdmin, loginAs, type ApiAnswer, type CmsApi } from './support/cmsApi.js'

/**
 * The access matrix of issue 2: anonymous, editor and admin against every collection, over
 * REST and GraphQL of the running app (the built CMS under `next start`), on both databases.
 * Anonymous never reads registrations, service requests, seat ledgers or users, never sees a
 * draft or a personal field; editors read everything; only admins manage users.
 */

type Id = number | string
interface Page {
  docs: Record<string, any>[]
  totalDocs: number
}

const callers: Caller[] = ['anonymous', 'editor', 'admin']
const editorAccount = { email: 'redaktor.test@example.org', password: 'redaktor-passord-42', name: 'Test-redaktør' }

/** Every (caller, collection) pair: the rows of the read tables. */
const readRows = callers.flatMap((caller) =>
  collectionAccess.map((collection) => ({ caller, slug: collection.slug, reach: collection.read[caller], collection })),
)

/** Participant data the seed stores in registrations; no anonymous answer may contain any of it. */
const participantTraces = [/deltaker\d{3}@example\.org/, /Deltaker \d{3}/, /demo-\d+-\d{3}-/, /demo-seed-/]

function assertNoPersonalData(what: string, body: unknown): void {
  const text = JSON.stringify(body)
  for (const value of Object.values(personalFields)) expect(text, `${what} leaks ${value}`).not.toContain(value)
  for (const trace of participantTraces) expect(text, `${what} leaks participant data`).not.toMatch(trace)
  expect(text, `${what} leaks a password hash or salt`).not.toMatch(/"(hash|salt)"/)
}

function assertNoDraftText(what: string, body: unknown): void {
  const text = JSON.stringify(body)
  expect(text, `${what} shows a draft`).not.toContain(draftOnly.newCourseTitle)
  expect(text, `${what} shows a draft`).not.toContain(draftOnly.changedTitle)
}

/** The query string for a full list, with drafts asked for where the collection has them. */
function listQuery(collection: CollectionAccess, extra = ''): string {
  return `?limit=1000&depth=0${collection.drafts ? '&draft=true' : ''}${extra}`
}

function graphqlList(collection: CollectionAccess): string {
  const draft = collection.drafts ? ', draft: true' : ''
  const status = collection.drafts ? ' _status' : ''
  return `{ ${collection.graphql.list}(limit: 1000${draft}) { totalDocs docs { id${status} } } }`
}

/** A refusal in GraphQL: no data for the field and an error saying so. */
function expectGraphqlRefusal(answer: ApiAnswer<{ data?: any; errors?: { message: string; extensions?: any }[] }>, field: string): void {
  expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500)
  expect(answer.body.data?.[field] ?? null).toBeNull()
  expect(answer.body.errors?.length, JSON.stringify(answer.body)).toBeGreaterThan(0)
  expect(JSON.stringify(answer.body.errors)).toMatch(/not allowed|403|Forbidden|Unauthorized/i)
}

/** Every (collection, private path) pair: the rows of the query-parameter tables. */
const privatePathRows = collectionAccess.flatMap((collection) =>
  collection.privatePaths.map((path) => ({ slug: collection.slug, path, collection, closed: collection.read.anonymous === 'none' })),
)

/** A refused `where` or `sort` in GraphQL: no page for the list, an error, never a 500 — whatever the reason (access, or no such input). */
function expectGraphqlQueryRefusal(answer: ApiAnswer<{ data?: any; errors?: { message: string }[] }>, list: string): void {
  expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500)
  expect(answer.body.data?.[list] ?? null, JSON.stringify(answer.body)).toBeNull()
  expect(answer.body.errors?.length, JSON.stringify(answer.body)).toBeGreaterThan(0)
}

describe.each(cmsTestDatabases)('access matrix over REST and GraphQL on $name', ({ create }) => {
  let database: CmsDatabase
  let cms: BuiltCms
  const as = {} as Record<Caller, CmsApi>
  const ids = {} as {
    admin: Id
    editor: Id
    draftCourse: Id
    changedCourse: Id
    changedCourseTitle: string
    facilitator: Id
    agency: Id
    session: Id
    attendanceSession: Id
    attendanceMeeting: string
    attendanceRegistration: Id
    request: Id
    messaged: Id
  }
  /** One existing document per collection (none for empty ones), found by the admin. */
  const sampleId: Record<string, Id | undefined> = {}
  /** What the admin sees in each collection, drafts included. */
  const adminTotal: Record<string, number> = {}
  /** Published documents in each collection with drafts. */
  const publishedTotal: Record<string, number> = {}

  beforeAll(async () => {
    database = await create()
    cms = await startBuiltCms({ database })
    as.anonymous = cmsApi(cms.url)
    const admin = await loginAs(cms.url, 'admin', demoAdmin.email, demoAdmin.password)
    as.admin = admin
    ids.admin = admin.user.id

    // An editor account, made by the admin over REST as an admin would.
    const madeEditor = await admin.post('/api/users', { ...editorAccount, role: 'editor' })
    expect(madeEditor.status, JSON.stringify(madeEditor.body)).toBe(201)
    const editor = await loginAs(cms.url, 'editor', editorAccount.email, editorAccount.password)
    expect(editor.user.role).toBe('editor')
    as.editor = editor
    ids.editor = editor.user.id

    // A course that exists only as a draft.
    const draft = await editor.post('/api/courses?draft=true', { title: draftOnly.newCourseTitle, slug: draftOnly.newCourseSlug, _status: 'draft' })
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    ids.draftCourse = draft.body.doc.id

    // A published course with a newer, unpublished change.
    const published = await editor.get<Page>('/api/courses?depth=0&limit=1&where[_status][equals]=published&sort=title')
    const course = published.body.docs[0]!
    ids.changedCourse = course.id
    ids.changedCourseTitle = course.title
    const changed = await editor.patch(`/api/courses/${course.id}?draft=true`, { title: draftOnly.changedTitle, _status: 'draft' })
    expect(changed.status, JSON.stringify(changed.body)).toBe(200)

    // Personal fields with values in them.
    const facilitators = await editor.get<Page>('/api/facilitators?depth=0&limit=1')
    ids.facilitator = facilitators.body.docs[0]!.id
    const withEmail = await editor.patch(`/api/facilitators/${ids.facilitator}`, { email: personalFields.facilitatorEmail })
    expect(withEmail.status, JSON.stringify(withEmail.body)).toBe(200)
    const agencies = await editor.get<Page>('/api/agencies?depth=0&limit=1&sort=name')
    ids.agency = agencies.body.docs[0]!.id
    const withContact = await editor.patch(`/api/agencies/${ids.agency}`, {
      contactEmail: personalFields.agencyContactEmail,
      allowedOrigins: [{ origin: personalFields.agencyOrigin }],
    })
    expect(withContact.status, JSON.stringify(withContact.body)).toBe(200)
    const sessions = await editor.get<Page>('/api/sessions?depth=0&limit=1&sort=name')
    const session = sessions.body.docs[0]!
    ids.session = session.id
    const withLink = await editor.patch(`/api/sessions/${session.id}`, {
      meetings: session.meetings.map((meeting: Record<string, unknown>, index: number) => (index === 0 ? { ...meeting, onlineUrl: personalFields.meetingLink } : meeting)),
    })
    expect(withLink.status, JSON.stringify(withLink.body)).toBe(200)

    // An attendance mark on a gathering not yet held (so no run turns it into a status), through the organiser's endpoint.
    const upcoming = await admin.get<Page>(`/api/sessions?depth=0&limit=50&where[endsAt][greater_than]=${encodeURIComponent(new Date(Date.now() + 86_400_000).toISOString())}`)
    const upcomingIds = upcoming.body.docs.map((doc) => doc.id)
    const marked = await admin.get<Page>(`/api/registrations?depth=0&limit=1&where[status][equals]=confirmed&where[session][in]=${upcomingIds.join(',')}`)
    const markedRegistration = marked.body.docs[0]!
    ids.attendanceSession = markedRegistration.session
    ids.attendanceMeeting = upcoming.body.docs.find((doc) => String(doc.id) === String(markedRegistration.session))!.meetings[0].id
    ids.attendanceRegistration = markedRegistration.id
    const mark = await editor.post(`/api/sessions/${ids.attendanceSession}/meetings/${ids.attendanceMeeting}/attendance`, { marks: [{ registration: markedRegistration.id, present: true }] })
    expect(mark.status, JSON.stringify(mark.body)).toBe(200)

    // A service request, so that collection has something to hide.
    const services = await editor.get<Page>('/api/services?depth=0&limit=1')
    const request = await editor.post('/api/service-requests', {
      service: services.body.docs[0]!.id,
      contactName: 'Testbestiller',
      email: 'bestiller.test@example.org',
      agency: 'Bydel Alna',
      wishedDates: 'En formiddag i mars',
      groupSize: 25,
      description: 'Vi ønsker hjelp til en Open Space-prosess i bydelen.',
      status: 'new',
    })
    expect(request.status, JSON.stringify(request.body)).toBe(201)
    ids.request = request.body.doc.id

    // Editors' messages, so that collection has something to hide: one to a seeded session's confirmed people, one
    // to the requester with a step change (the virtual fields of the edit view, over REST).
    const confirmed = await editor.get<Page>('/api/registrations?depth=0&limit=1&where[status][equals]=confirmed')
    ids.messaged = confirmed.body.docs[0]!.session
    const message = await editor.post(`/api/sessions/${ids.messaged}/message`, {
      audience: 'confirmed',
      subject: 'Melding fra tilgangstesten',
      body: 'Hei alle.',
      idempotencyKey: `tilgangstest-${Date.now()}`,
    })
    expect(message.status, JSON.stringify(message.body)).toBe(200)
    expect(message.body.message.recipients).toBeGreaterThan(0)
    const reply = await editor.patch(`/api/service-requests/${ids.request}`, { status: 'in-dialogue', replySend: true, replySubject: 'Om bestillingen', replyBody: 'Vi tar kontakt.' })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)

    for (const collection of collectionAccess) {
      const all = await admin.get<Page>(`/api/${collection.slug}${listQuery(collection)}`)
      expect(all.status, `admin lists ${collection.slug}: ${JSON.stringify(all.body)}`).toBe(200)
      adminTotal[collection.slug] = all.body.totalDocs
      sampleId[collection.slug] = all.body.docs[0]?.id
      if (collection.drafts) {
        const live = await admin.get<Page>(`/api/${collection.slug}?limit=0&depth=0&where[_status][equals]=published`)
        publishedTotal[collection.slug] = live.body.totalDocs
      }
    }
  })

  afterAll(async () => {
    await cms?.stop()
    await database?.stop()
  })

  describe('reading lists over REST', () => {
    it.each(readRows)('$caller reads $slug: $reach', async ({ caller, collection, reach }) => {
      const answer = await as[caller].get<Page>(`/api/${collection.slug}${listQuery(collection)}`)
      if (reach === 'none') {
        expect(answer.status, JSON.stringify(answer.body)).toBe(403)
        expect(answer.body).not.toHaveProperty('docs')
        return
      }
      expect(answer.status, JSON.stringify(answer.body)).toBe(200)
      if (collection.populated) expect(answer.body.totalDocs).toBeGreaterThan(0)
      if (reach === 'all') expect(answer.body.totalDocs).toBe(adminTotal[collection.slug])
      if (reach === 'self') {
        expect(answer.body.totalDocs).toBe(1)
        expect(answer.body.docs[0]!.id).toBe(ids[caller as 'editor'])
      }
      if (reach === 'published') {
        expect(answer.body.docs.every((doc) => doc._status === 'published')).toBe(true)
        assertNoDraftText(`${caller} ${collection.slug} (draft=true)`, answer.body)
        const live = await as[caller].get<Page>(`/api/${collection.slug}?limit=1000&depth=0`)
        expect(live.body.totalDocs).toBe(publishedTotal[collection.slug])
        assertNoDraftText(`${caller} ${collection.slug}`, live.body)
      }
      if (caller === 'anonymous') assertNoPersonalData(`anonymous ${collection.slug}`, answer.body)
    })

    it('editors see more courses than anonymous callers: the draft', async () => {
      const editorCourses = await as.editor.get<Page>('/api/courses?limit=1000&depth=0&draft=true')
      expect(editorCourses.body.docs.map((doc) => doc.title)).toEqual(expect.arrayContaining([draftOnly.newCourseTitle, draftOnly.changedTitle]))
      expect(editorCourses.body.totalDocs).toBeGreaterThan(publishedTotal.courses!)
    })
  })

  describe('reading lists over GraphQL', () => {
    it.each(readRows)('$caller reads $slug: $reach', async ({ caller, collection, reach }) => {
      const answer = await as[caller].graphql<Record<string, Page>>(graphqlList(collection))
      if (reach === 'none') {
        expectGraphqlRefusal(answer, collection.graphql.list)
        return
      }
      expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined()
      const page = answer.body.data![collection.graphql.list]!
      // The same documents as over REST, for the same caller.
      const rest = await as[caller].get<Page>(`/api/${collection.slug}${listQuery(collection)}`)
      expect(page.totalDocs).toBe(rest.body.totalDocs)
      expect(page.docs.map((doc) => String(doc.id)).sort()).toEqual(rest.body.docs.map((doc) => String(doc.id)).sort())
      if (reach === 'published') expect(page.docs.every((doc) => doc._status === 'published')).toBe(true)
    })
  })

  describe('reading one document of a closed collection', () => {
    const closed = collectionAccess.filter((collection) => collection.read.anonymous === 'none')
    it.each(closed)('anonymous cannot read one $slug by id, over REST or GraphQL; editors can', async (collection) => {
      const id = collection.slug === 'users' ? ids.admin : sampleId[collection.slug]
      expect(id, `a ${collection.slug} document exists`).toBeDefined()
      const rest = await as.anonymous.get(`/api/${collection.slug}/${id}?depth=0`)
      expect(rest.status, JSON.stringify(rest.body)).toBe(403)
      assertNoPersonalData(`anonymous ${collection.slug}/${id}`, rest.body)
      const graphql = await as.anonymous.graphql(`{ ${collection.graphql.single}(id: ${JSON.stringify(id)}) { id } }`)
      expectGraphqlRefusal(graphql, collection.graphql.single)

      const reader = collection.slug === 'users' ? as.admin : as.editor
      const allowed = await reader.get(`/api/${collection.slug}/${id}?depth=0`)
      expect(allowed.status, JSON.stringify(allowed.body)).toBe(200)
      expect(String(allowed.body.id)).toBe(String(id))
    })
  })

  describe('drafts', () => {
    it('anonymous callers never get a draft-only course, by id, by slug or in a list', async () => {
      for (const query of ['?depth=0', '?depth=0&draft=true']) {
        const byId = await as.anonymous.get(`/api/courses/${ids.draftCourse}${query}`)
        expect(byId.status, JSON.stringify(byId.body)).toBe(404)
        assertNoDraftText('anonymous draft course by id', byId.body)
      }
      const bySlug = await as.anonymous.get<Page>(`/api/courses?draft=true&depth=0&where[slug][equals]=${draftOnly.newCourseSlug}`)
      expect(bySlug.status).toBe(200)
      expect(bySlug.body.totalDocs).toBe(0)
      const graphql = await as.anonymous.graphql<Record<string, any>>(
        `{ Course(id: ${JSON.stringify(ids.draftCourse)}, draft: true) { title }
           Courses(draft: true, where: { slug: { equals: "${draftOnly.newCourseSlug}" } }) { totalDocs } }`,
      )
      expect(graphql.body.data?.Course ?? null).toBeNull()
      expect(graphql.body.data?.Courses?.totalDocs).toBe(0)
      assertNoDraftText('anonymous GraphQL draft course', graphql.body)
    })

    it('anonymous callers see the published version of a course that has a newer draft', async () => {
      const live = await as.anonymous.get(`/api/courses/${ids.changedCourse}?depth=0`)
      expect(live.status).toBe(200)
      expect(live.body.title).toBe(ids.changedCourseTitle)
      const askingForDraft = await as.anonymous.get(`/api/courses/${ids.changedCourse}?depth=0&draft=true`)
      expect([200, 404]).toContain(askingForDraft.status)
      if (askingForDraft.status === 200) expect(askingForDraft.body.title).toBe(ids.changedCourseTitle)
      assertNoDraftText('anonymous changed course (draft=true)', askingForDraft.body)
      const graphql = await as.anonymous.graphql<Record<string, any>>(
        `{ live: Course(id: ${JSON.stringify(ids.changedCourse)}) { title } draft: Course(id: ${JSON.stringify(ids.changedCourse)}, draft: true) { title } }`,
      )
      expect(graphql.body.data?.live?.title).toBe(ids.changedCourseTitle)
      assertNoDraftText('anonymous GraphQL changed course', graphql.body)
    })

    it('anonymous callers cannot read version history; editors can', async () => {
      const rest = await as.anonymous.get('/api/courses/versions?depth=0')
      expect(rest.status, JSON.stringify(rest.body)).toBe(403)
      const graphql = await as.anonymous.graphql('{ versionsCourses { docs { id } } }')
      expectGraphqlRefusal(graphql, 'versionsCourses')
      const editorVersions = await as.editor.get<Page>(`/api/courses/versions?depth=0&where[parent][equals]=${ids.changedCourse}`)
      expect(editorVersions.status).toBe(200)
      expect(JSON.stringify(editorVersions.body)).toContain(draftOnly.changedTitle)
    })

    it('editors read both drafts, over REST and GraphQL', async () => {
      const rest = await as.editor.get(`/api/courses/${ids.draftCourse}?depth=0&draft=true`)
      expect(rest.body.title).toBe(draftOnly.newCourseTitle)
      const graphql = await as.editor.graphql<Record<string, any>>(
        `{ a: Course(id: ${JSON.stringify(ids.draftCourse)}, draft: true) { title } b: Course(id: ${JSON.stringify(ids.changedCourse)}, draft: true) { title } }`,
      )
      expect(graphql.body.errors).toBeUndefined()
      expect(graphql.body.data?.a?.title).toBe(draftOnly.newCourseTitle)
      expect(graphql.body.data?.b?.title).toBe(draftOnly.changedTitle)
    })
  })

  describe('personal fields', () => {
    it('anonymous callers get facilitators and agencies without email, contact email or allowed origins (REST)', async () => {
      const facilitator = await as.anonymous.get(`/api/facilitators/${ids.facilitator}?depth=0`)
      expect(facilitator.status).toBe(200)
      expect(facilitator.body.name).toBeTruthy()
      expect(facilitator.body).not.toHaveProperty('email')
      const agency = await as.anonymous.get(`/api/agencies/${ids.agency}?depth=0`)
      expect(agency.status).toBe(200)
      expect(agency.body.name).toBeTruthy()
      expect(agency.body).not.toHaveProperty('contactEmail')
      // Withheld: absent on SQLite, an empty list on MongoDB — never the stored origins.
      expect(agency.body.allowedOrigins ?? []).toEqual([])
    })

    it('anonymous callers get no personal field through relationships or joins, at any depth (REST)', async () => {
      for (const path of ['/api/courses?depth=3&limit=100', '/api/programmes?depth=3&limit=100', '/api/sessions?depth=3&limit=100']) {
        const answer = await as.anonymous.get<Page>(path)
        expect(answer.status).toBe(200)
        assertNoPersonalData(`anonymous ${path}`, answer.body)
      }
      const sessions = await as.anonymous.get<Page>('/api/sessions?depth=1&limit=100')
      for (const session of sessions.body.docs) expect(session.registrations?.docs ?? []).toEqual([])
    })

    it('anonymous callers get no personal field over GraphQL', async () => {
      const answer = await as.anonymous.graphql<Record<string, Page>>(
        `{ Facilitators(limit: 100) { docs { name email } }
           Agencies(limit: 100) { docs { name contactEmail allowedOrigins { origin } } }
           Sessions(limit: 100) { docs { name meetings { onlineUrl } registrations { docs { id } } } } }`,
      )
      expect(answer.status).toBeLessThan(500)
      assertNoPersonalData('anonymous GraphQL', answer.body)
      const data = answer.body.data
      if (data?.Facilitators) for (const doc of data.Facilitators.docs) expect(doc.email ?? null).toBeNull()
      if (data?.Agencies) {
        for (const doc of data.Agencies.docs) {
          expect(doc.contactEmail ?? null).toBeNull()
          expect(doc.allowedOrigins ?? []).toEqual([])
        }
      }
      if (data?.Sessions) for (const doc of data.Sessions.docs) expect(doc.registrations?.docs ?? []).toEqual([])
      // The facilitators themselves stay public: only the fields are withheld.
      expect(data?.Facilitators?.docs.length).toBeGreaterThan(0)
    })

    it('editors read the personal fields and who signed up, over REST and GraphQL', async () => {
      const facilitator = await as.editor.get(`/api/facilitators/${ids.facilitator}?depth=0`)
      expect(facilitator.body.email).toBe(personalFields.facilitatorEmail)
      const agency = await as.editor.get(`/api/agencies/${ids.agency}?depth=0`)
      expect(agency.body.contactEmail).toBe(personalFields.agencyContactEmail)
      expect(agency.body.allowedOrigins.map((row: { origin: string }) => row.origin)).toContain(personalFields.agencyOrigin)
      const session = await as.editor.get(`/api/sessions/${ids.session}?depth=0`)
      expect(session.body.meetings[0].onlineUrl).toBe(personalFields.meetingLink)
      const graphql = await as.editor.graphql<Record<string, any>>(
        `{ Facilitator(id: ${JSON.stringify(ids.facilitator)}) { email } Sessions(limit: 100) { docs { registrations { docs { id email } } } } }`,
      )
      expect(graphql.body.errors).toBeUndefined()
      expect(graphql.body.data?.Facilitator.email).toBe(personalFields.facilitatorEmail)
      const signedUp = graphql.body.data?.Sessions.docs.flatMap((doc: any) => doc.registrations?.docs ?? [])
      expect(signedUp.length).toBeGreaterThan(0)
      expect(signedUp[0].email).toMatch(/@example\.org$/)
    })
  })

  describe('query parameters: nobody filters, sorts or selects by what they cannot read', () => {
    it('anonymous callers cannot tell which session a registration belongs to, or count sign-ups; editors can (REST)', async () => {
      const registration = sampleId.registrations
      expect(registration).toBeDefined()
      for (const query of [`where[registrations][equals]=${registration}`, `where[registrations][in]=${registration}`, 'where[registrations][greater_than]=0']) {
        const answer = await as.anonymous.get<Page>(`/api/sessions?depth=0&${query}`)
        expect(answer.status, `${query}: ${JSON.stringify(answer.body)}`).toBe(400)
        expect(answer.body).not.toHaveProperty('docs')
      }
      const found = await as.editor.get<Page>(`/api/sessions?depth=0&where[registrations][equals]=${registration}`)
      expect(found.status, JSON.stringify(found.body)).toBe(200)
      expect(found.body.totalDocs).toBe(1)
    })

    it.each(privatePathRows)('anonymous where and sort on $slug by $path are refused over REST and GraphQL', async ({ collection, path, closed }) => {
      const refusal = closed ? 403 : 400
      for (const query of [`where[${path}][exists]=true`, `where[${path}][exists]=false`, `sort=${path}`, `sort=-${path}`]) {
        const answer = await as.anonymous.get<Page>(`/api/${collection.slug}${listQuery(collection, `&${query}`)}`)
        expect(answer.status, `${query}: ${JSON.stringify(answer.body)}`).toBe(refusal)
        expect(answer.body).not.toHaveProperty('docs')
        assertNoPersonalData(`anonymous ${collection.slug}?${query}`, answer.body)
      }
      const list = collection.graphql.list
      const where = await as.anonymous.graphql(`{ ${list}(where: { ${path.replaceAll('.', '__')}: { exists: true } }) { totalDocs docs { id } } }`)
      expectGraphqlQueryRefusal(where, list)
      for (const sort of [path, `-${path}`]) {
        const sorted = await as.anonymous.graphql(`{ ${list}(sort: ${JSON.stringify(sort)}) { totalDocs docs { id } } }`)
        expectGraphqlQueryRefusal(sorted, list)
      }
    })

    it.each(privatePathRows)('anonymous select of $slug $path shows nothing of it', async ({ collection, path, closed }) => {
      const select = `select[${path.split('.').join('][')}]=true`
      const answer = await as.anonymous.get<Page>(`/api/${collection.slug}${listQuery(collection, `&${select}`)}`)
      if (closed) {
        expect(answer.status, JSON.stringify(answer.body)).toBe(403)
        return
      }
      expect(answer.status, JSON.stringify(answer.body)).toBe(200)
      assertNoPersonalData(`anonymous ${collection.slug}?${select}`, answer.body)
      // A path through a relationship selects the public id beside it; a private path of its own shows nothing.
      const [root] = path.split('.') as [string]
      if (!collection.privatePaths.includes(root)) return
      for (const doc of answer.body.docs) {
        const value = doc[root] ?? null
        // Withheld is absent, or an empty list (an array field on MongoDB, a join page with no documents and no count).
        const shown = value === null ? [] : Array.isArray(value) ? value : typeof value === 'object' ? (value.docs ?? [value]) : [value]
        expect(shown, `${select} on ${doc.id}`).toEqual([])
        expect(value?.totalDocs, `${select} on ${doc.id}`).toBeUndefined()
      }
    })

    it.each(privatePathRows)('editors still filter and sort $slug by $path', async ({ collection, path }) => {
      const reader = collection.slug === 'users' ? as.admin : as.editor
      const answer = await reader.get<Page>(`/api/${collection.slug}${listQuery(collection, `&where[${path}][exists]=true&sort=-${path}`)}`)
      expect(answer.status, JSON.stringify(answer.body)).toBe(200)
      const sorted = await reader.graphql(`{ ${collection.graphql.list}(sort: ${JSON.stringify(path)}) { totalDocs } }`)
      expect(sorted.body.errors, JSON.stringify(sorted.body.errors)).toBeUndefined()
    })
  })

  describe('writing', () => {
    it.each(collectionAccess)('anonymous cannot create, change or delete $slug (REST and GraphQL)', async (collection) => {
      const before = adminTotal[collection.slug]
      const created = await as.anonymous.post(`/api/${collection.slug}`, { title: 'x', name: 'x', slug: 'anonym-x', email: 'anonym@example.org', password: 'x-x-x-x-x-x' })
      expect(created.status, JSON.stringify(created.body)).toBe(403)
      const id = sampleId[collection.slug]
      if (id !== undefined) {
        const changed = await as.anonymous.patch(`/api/${collection.slug}/${id}`, { title: 'endret', name: 'endret' })
        expect(changed.status, JSON.stringify(changed.body)).toBe(403)
        const deleted = await as.anonymous.delete(`/api/${collection.slug}/${id}`)
        expect(deleted.status, JSON.stringify(deleted.body)).toBe(403)
        const graphqlDelete = await as.anonymous.graphql(`mutation { delete${collection.graphql.single}(id: ${JSON.stringify(id)}) { id } }`)
        expectGraphqlRefusal(graphqlDelete, `delete${collection.graphql.single}`)
        const still = await as.admin.get(`/api/${collection.slug}/${id}?depth=0${collection.drafts ? '&draft=true' : ''}`)
        expect(still.status).toBe(200)
      }
      const bulkDelete = await as.anonymous.delete(`/api/${collection.slug}?where[id][exists]=true`)
      expect(bulkDelete.status, JSON.stringify(bulkDelete.body)).toBe(403)
      const after = await as.admin.get<Page>(`/api/${collection.slug}${listQuery(collection)}`)
      expect(after.body.totalDocs).toBe(before)
    })

    it.each([
      { slug: 'topics', data: { title: 'Testtema', slug: 'testtema' }, change: { title: 'Testtema, endret' } },
      { slug: 'locations', data: { name: 'Teststed' }, change: { name: 'Teststed, endret' } },
      { slug: 'facilitators', data: { name: 'Test Kursholder' }, change: { name: 'Test Kursholder, endret' } },
      { slug: 'agencies', data: { name: 'Testetaten', slug: 'testetaten' }, change: { name: 'Testetaten, endret' } },
    ])('an editor creates, changes and deletes $slug', async ({ slug, data, change }) => {
      const created = await as.editor.post(`/api/${slug}`, data)
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      const id = created.body.doc.id
      const changed = await as.editor.patch(`/api/${slug}/${id}`, change)
      expect(changed.status, JSON.stringify(changed.body)).toBe(200)
      expect(changed.body.doc).toMatchObject(change)
      const deleted = await as.editor.delete(`/api/${slug}/${id}`)
      expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
      const gone = await as.editor.get(`/api/${slug}/${id}?depth=0`)
      expect(gone.status).toBe(404)
    })

    it('an editor publishes a draft course, and then anonymous callers see it', async () => {
      const course = await as.editor.post('/api/courses?draft=true', { title: 'Testkurs til publisering', slug: 'testkurs-publisering', _status: 'draft' })
      expect(course.status, JSON.stringify(course.body)).toBe(201)
      const hidden = await as.anonymous.get(`/api/courses/${course.body.doc.id}?depth=0`)
      expect(hidden.status).toBe(404)
      const published = await as.editor.patch(`/api/courses/${course.body.doc.id}`, { _status: 'published', summary: 'Et kurs laget av testen.' })
      expect(published.status, JSON.stringify(published.body)).toBe(200)
      const visible = await as.anonymous.get(`/api/courses/${course.body.doc.id}?depth=0`)
      expect(visible.status).toBe(200)
      expect(visible.body.title).toBe('Testkurs til publisering')
      expect((await as.editor.delete(`/api/courses/${course.body.doc.id}`)).status).toBe(200)
    })

    it('nobody creates a seat ledger by hand, not even an admin', async () => {
      for (const caller of callers) {
        const answer = await as[caller].post('/api/session-seats', { session: sampleId.sessions, taken: 0, waitlistIssued: 0 })
        expect(answer.status, `${caller}: ${JSON.stringify(answer.body)}`).toBe(403)
      }
    })
  })

  describe("the organiser's desk: a session's participants, exports and sign-in sheets", () => {
    /** A seeded session with people on it. */
    let desk: Id
    beforeAll(async () => {
      const registration = await as.admin.get(`/api/registrations/${sampleId.registrations}?depth=0`)
      desk = registration.body.session
      expect(desk).toBeDefined()
    })
    const deskRows = callers.flatMap((caller) => organiserUrls.map((url) => ({ caller, ...url })))

    it.each(deskRows)('$caller GET /api/sessions/:id/$suffix', async ({ caller, suffix, contentType }) => {
      const answer = await as[caller].get(`/api/sessions/${desk}/${suffix}`)
      expect(answer.headers.get('cache-control')).toBe('no-store')
      if (caller === 'anonymous') {
        expect(answer.status, JSON.stringify(answer.body)).toBe(401)
        expect(answer.body.errors?.[0]?.message).toBeTruthy()
        assertNoPersonalData(`anonymous ${suffix}`, answer.body)
        return
      }
      expect(answer.status, typeof answer.body === 'string' ? answer.body.slice(0, 200) : JSON.stringify(answer.body)).toBe(200)
      expect(answer.headers.get('content-type')).toMatch(contentType)
    })

    it('an editor\'s export holds the seeded participants; the same URL without a login holds none of them', async () => {
      const csv = await as.editor.get<string>(`/api/sessions/${desk}/participants.csv`)
      expect(csv.body).toMatch(participantTraces[1]!)
      const anonymous = await as.anonymous.get(`/api/sessions/${desk}/participants.csv`)
      expect(JSON.stringify(anonymous.body)).not.toMatch(participantTraces[1]!)
    })

    it('a link clicked in the admin works with the login cookie; a forged cookie or another site\'s link does not', async () => {
      const login = await fetch(`${cms.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: editorAccount.email, password: editorAccount.password }),
      })
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
      expect(cookie).toMatch(/^payload-token=/)
      // What a browser sends with a link opened from the admin's own page, and from another site's.
      const clicked = async (suffix: string, headers: Record<string, string>) => {
        const answer = await fetch(`${cms.url}/api/sessions/${desk}/${suffix}`, { headers, redirect: 'manual' })
        await answer.arrayBuffer()
        return answer.status
      }
      // The message form's POST, with the same cookie: from the admin's page only.
      const posted = async (headers: Record<string, string>) => {
        const answer = await fetch(`${cms.url}/api/sessions/${desk}/message/preview`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers },
          body: JSON.stringify({ audience: 'confirmed', subject: 'Test', body: 'Test' }),
        })
        await answer.arrayBuffer()
        return answer.status
      }
      expect(await posted({ Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' })).toBe(200)
      expect(await posted({ Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' })).toBe(401)
      expect(await posted({ Cookie: cookie, Origin: 'https://angriper.example' })).toBe(401)
      for (const { suffix } of organiserUrls) {
        expect(await clicked(suffix, { Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' }), suffix).toBe(200)
        expect(await clicked(suffix, { Cookie: 'payload-token=forfalsket.token.her', 'Sec-Fetch-Site': 'same-origin' }), suffix).toBe(401)
        expect(await clicked(suffix, { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' }), suffix).toBe(401)
        expect(await clicked(suffix, { Cookie: cookie, Origin: 'https://angriper.example' }), suffix).toBe(401)
      }
    })

    const messageRows = callers.flatMap((caller) => messageUrls.map((url) => ({ caller, ...url })))

    it.each(messageRows)('$caller: $name', async ({ caller, method, path, body }) => {
      const url = path({ session: ids.messaged, request: ids.request })
      const answer = method === 'GET' ? await as[caller].get(url) : await as[caller].post(url, body)
      expect(answer.headers.get('cache-control')).toBe('no-store')
      if (caller === 'anonymous') {
        expect(answer.status, JSON.stringify(answer.body)).toBe(401)
        expect(answer.body.errors?.[0]?.message).toBeTruthy()
        assertNoPersonalData(`anonymous ${url}`, answer.body)
        expect(JSON.stringify(answer.body)).not.toContain('bestiller.test@example.org')
        return
      }
      expect(answer.status, JSON.stringify(answer.body)).toBe(200)
      expect(JSON.stringify(answer.body)).toMatch(/"to":"[^"]+@/)
    })

    it('anonymous callers send no email to a session, and no message with a service request\'s save', async () => {
      const before = await as.admin.get<Page>('/api/editor-messages?limit=0')
      const sent = await as.anonymous.post(`/api/sessions/${desk}/message`, { audience: 'confirmed', subject: 'Anonym', body: 'Nei.', idempotencyKey: `anonym-${Date.now()}` })
      expect(sent.status, JSON.stringify(sent.body)).toBe(401)
      const saved = await as.anonymous.patch(`/api/service-requests/${ids.request}`, { status: 'confirmed', replySend: true, replySubject: 'Anonym', replyBody: 'Nei.' })
      expect(saved.status, JSON.stringify(saved.body)).toBe(403)
      const graphql = await as.anonymous.graphql(`{ EditorMessages { docs { subject body } } }`)
      expectGraphqlRefusal(graphql, 'EditorMessages')
      const created = await as.editor.graphql(`mutation { createEditorMessage(data: { subject: "Falsk", body: "Falsk", recipients: 0 }) { id } }`)
      expectGraphqlRefusal(created, 'createEditorMessage')
      const after = await as.admin.get<Page>('/api/editor-messages?limit=0')
      expect(after.body.totalDocs).toBe(before.body.totalDocs)
    })

    /** The admin's login cookie for an editor or the admin, as a browser keeps it. */
    const loginCookie = async (caller: Caller) => {
      const account = caller === 'admin' ? demoAdmin : editorAccount
      const login = await fetch(`${cms.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: account.email, password: account.password }),
      })
      return (login.headers.get('set-cookie') ?? '').split(';')[0]!
    }

    it.each(callers)('%s reads and marks a gathering\'s attendance only as an editor, and opens its screen in the admin only with a login', async (caller) => {
      const path = `/api/sessions/${ids.attendanceSession}/meetings/${ids.attendanceMeeting}/attendance`
      const read = await as[caller].get(path)
      expect(read.headers.get('cache-control')).toBe('no-store')
      const before = (await as.admin.get<Page>('/api/attendance?depth=0&limit=1000')).body.docs.map((doc) => [doc.key, doc.present])
      const wrote = await as[caller].post(path, { marks: [{ registration: ids.attendanceRegistration, present: true }] })
      if (caller === 'anonymous') {
        for (const answer of [read, wrote]) {
          expect(answer.status, JSON.stringify(answer.body)).toBe(401)
          expect(answer.body.errors?.[0]?.message).toBeTruthy()
          assertNoPersonalData('anonymous attendance', answer.body)
        }
        const forbiddenMark = await as.anonymous.post(path, { marks: [{ registration: ids.attendanceRegistration, present: false }] })
        expect(forbiddenMark.status).toBe(401)
        expect((await as.admin.get<Page>('/api/attendance?depth=0&limit=1000')).body.docs.map((doc) => [doc.key, doc.present])).toEqual(before)
        const screen = await fetch(`${cms.url}/admin/collections/sessions/${ids.attendanceSession}/oppmote/${ids.attendanceMeeting}`, { redirect: 'manual' })
        const html = await screen.text()
        expect([302, 303, 307, 200], String(screen.status)).toContain(screen.status)
        if (screen.status === 200) expect(html).toMatch(/login|Logg inn/i)
        else expect(screen.headers.get('location')).toMatch(/\/admin\/login/)
        for (const trace of participantTraces) expect(html).not.toMatch(trace)
        return
      }
      expect(read.status, JSON.stringify(read.body)).toBe(200)
      expect(wrote.status, JSON.stringify(wrote.body)).toBe(200)
      expect(read.body.participants.map((person: { id: Id }) => String(person.id))).toContain(String(ids.attendanceRegistration))
      const screen = await fetch(`${cms.url}/admin/collections/sessions/${ids.attendanceSession}/oppmote/${ids.attendanceMeeting}`, { headers: { Cookie: await loginCookie(caller) } })
      expect(screen.status).toBe(200)
    })

    it('GraphQL has no way to the participants for anonymous callers', async () => {
      const answer = await as.anonymous.graphql(`{ Session(id: ${JSON.stringify(desk)}) { registrations { docs { id name email } } } Registrations { docs { name } } }`)
      expect(answer.status).toBeLessThan(500)
      assertNoPersonalData('anonymous GraphQL session participants', answer.body)
      expect(answer.body.data?.Session?.registrations?.docs ?? []).toEqual([])
    })
  })

  describe("a participant's certificate", () => {
    /** A seeded registration an admin marks attended (the seed's offerings have certificates off, so no email goes). */
    let attended: Id
    beforeAll(async () => {
      const list = await as.admin.get<Page>('/api/registrations?depth=0&limit=1&where[status][equals]=confirmed&sort=createdAt')
      attended = list.body.docs[0]!.id
      const marked = await as.admin.patch(`/api/registrations/${attended}`, { status: 'attended' })
      expect(marked.status, JSON.stringify(marked.body)).toBe(200)
    })
    const certificateRows = callers.flatMap((caller) => registrationUrls.map((url) => ({ caller, ...url })))

    it.each(certificateRows)('$caller GET /api/registrations/:id/$suffix', async ({ caller, suffix, contentType }) => {
      const answer = await as[caller].get(`/api/registrations/${attended}/${suffix}`)
      expect(answer.headers.get('cache-control')).toBe('no-store')
      if (caller === 'anonymous') {
        expect(answer.status, JSON.stringify(answer.body)).toBe(401)
        expect(answer.body.errors?.[0]?.message).toBeTruthy()
        assertNoPersonalData(`anonymous ${suffix}`, answer.body)
        return
      }
      expect(answer.status, typeof answer.body === 'string' ? answer.body.slice(0, 200) : JSON.stringify(answer.body)).toBe(200)
      expect(answer.headers.get('content-type')).toMatch(contentType)
    })

    it('a registration that did not attend, or an id that cannot be one, has none: 404 for an editor, 401 without a login', async () => {
      const confirmed = (await as.admin.get<Page>('/api/registrations?depth=0&limit=1&where[status][equals]=confirmed')).body.docs[0]!.id
      for (const id of [confirmed, 'aaaaaaaaaaaaaaaaaaaaaaaa', '999999', '-1', 'abc', '%27%20OR%201%3D1', 'x'.repeat(3000)]) {
        expect((await as.editor.get(`/api/registrations/${id}/certificate.pdf`)).status, String(id).slice(0, 30)).toBe(404)
        expect((await as.anonymous.get(`/api/registrations/${id}/certificate.pdf`)).status, String(id).slice(0, 30)).toBe(401)
      }
    })

    it('the link in the admin works with the login cookie; a forged cookie or another site\'s link does not', async () => {
      const login = await fetch(`${cms.url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: editorAccount.email, password: editorAccount.password }),
      })
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!
      const clicked = async (headers: Record<string, string>) => {
        const answer = await fetch(`${cms.url}/api/registrations/${attended}/certificate.pdf`, { headers, redirect: 'manual' })
        await answer.arrayBuffer()
        return answer.status
      }
      expect(await clicked({ Cookie: cookie, 'Sec-Fetch-Site': 'same-origin' })).toBe(200)
      expect(await clicked({ Cookie: 'payload-token=forfalsket.token.her', 'Sec-Fetch-Site': 'same-origin' })).toBe(401)
      expect(await clicked({ Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' })).toBe(401)
      expect(await clicked({ Cookie: cookie, Origin: 'https://angriper.example' })).toBe(401)
    })

    it('GraphQL has no way to it or to when it was sent for anonymous callers; editors see when it was sent', async () => {
      const anonymous = await as.anonymous.graphql(`{ Registration(id: ${JSON.stringify(attended)}) { name certificateSentAt } }`)
      expectGraphqlRefusal(anonymous, 'Registration')
      assertNoPersonalData('anonymous GraphQL registration certificate', anonymous.body)
      const editor = await as.editor.graphql(`{ Registration(id: ${JSON.stringify(attended)}) { status certificateSentAt } }`)
      expect(editor.body.errors, JSON.stringify(editor.body.errors)).toBeUndefined()
      expect(editor.body.data?.Registration.status).toBe('attended')
      // Certificates are off on the seed's offerings: marked attended, nothing was sent.
      expect(editor.body.data?.Registration.certificateSentAt ?? null).toBeNull()
    })
  })

  describe('globals', () => {
    const globalRows = callers.flatMap((caller) => globalAccess.map((global) => ({ caller, ...global })))

    it.each(globalRows)('$caller reads and changes the global $slug as the model says, over REST and GraphQL', async ({ caller, slug, graphql, read, update }) => {
      const rest = await as[caller].get(`/api/globals/${slug}?depth=0`)
      expect(rest.status, JSON.stringify(rest.body)).toBe(read[caller] ? 200 : 403)
      if (read[caller]) expect(rest.body.name, 'the demo seed fills it in').toMatch(/\S/)
      const query = await as[caller].graphql(`{ ${graphql.read} { name } }`)
      if (read[caller]) expect(query.body.data?.[graphql.read]?.name).toBe(rest.body.name)
      else expectGraphqlRefusal(query, graphql.read)

      const before = (await as.admin.get(`/api/globals/${slug}?depth=0`)).body
      const phone = `+47 ${caller.length} 00 00 00`
      const changed = await as[caller].post(`/api/globals/${slug}`, { phone })
      const mutation = await as[caller].graphql(`mutation { ${graphql.update}(data: { name: ${JSON.stringify(before.name)}, phone: ${JSON.stringify(phone)} }) { phone } }`)
      if (update[caller]) {
        expect(changed.status, JSON.stringify(changed.body)).toBe(200)
        expect(mutation.body.data?.[graphql.update]?.phone).toBe(phone)
        expect((await as.admin.post(`/api/globals/${slug}`, { phone: before.phone ?? null })).status).toBe(200)
      } else {
        expect(changed.status, JSON.stringify(changed.body)).toBe(403)
        expectGraphqlRefusal(mutation, graphql.update)
        expect((await as.admin.get(`/api/globals/${slug}?depth=0`)).body.phone).toBe(before.phone)
      }
    })
  })

  describe('users: only admins manage them', () => {
    it('anonymous callers cannot sign themselves up', async () => {
      const answer = await as.anonymous.post('/api/users', { email: 'inntrenger@example.org', password: 'inntrenger-1234', role: 'admin' })
      expect(answer.status).toBe(403)
      const graphql = await as.anonymous.graphql(`mutation { createUser(data: { email: "inntrenger@example.org", password: "inntrenger-1234", role: admin }) { id } }`)
      expectGraphqlRefusal(graphql, 'createUser')
    })

    it('an editor cannot create users, change or delete another user, or make themself admin', async () => {
      const created = await as.editor.post('/api/users', { email: 'ny.bruker@example.org', password: 'ny-bruker-1234', role: 'editor' })
      expect(created.status, JSON.stringify(created.body)).toBe(403)
      const graphql = await as.editor.graphql(`mutation { createUser(data: { email: "ny.bruker@example.org", password: "ny-bruker-1234", role: editor }) { id } }`)
      expectGraphqlRefusal(graphql, 'createUser')

      const renamedAdmin = await as.editor.patch(`/api/users/${ids.admin}`, { name: 'Overtatt', email: 'overtatt@example.org' })
      expect([403, 404], JSON.stringify(renamedAdmin.body)).toContain(renamedAdmin.status)
      const deletedAdmin = await as.editor.delete(`/api/users/${ids.admin}`)
      expect([403, 404], JSON.stringify(deletedAdmin.body)).toContain(deletedAdmin.status)
      const admin = await as.admin.get(`/api/users/${ids.admin}`)
      expect(admin.body.email).toBe(demoAdmin.email)

      const promoted = await as.editor.patch(`/api/users/${ids.editor}`, { role: 'admin' })
      expect(promoted.status).toBeLessThan(500)
      const self = await as.admin.get(`/api/users/${ids.editor}`)
      expect(self.body.role).toBe('editor')

      const after = await as.admin.get<Page>('/api/users?limit=0')
      expect(after.body.totalDocs).toBe(adminTotal.users)
    })

    it('an editor may update their own name', async () => {
      const renamed = await as.editor.patch(`/api/users/${ids.editor}`, { name: 'Test-redaktør, nytt navn' })
      expect(renamed.status, JSON.stringify(renamed.body)).toBe(200)
      expect(renamed.body.doc.name).toBe('Test-redaktør, nytt navn')
    })

    it('an admin creates, promotes and deletes a user', async () => {
      const created = await as.admin.post('/api/users', { email: 'midlertidig@example.org', password: 'midlertidig-1234', role: 'editor' })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      const promoted = await as.admin.patch(`/api/users/${created.body.doc.id}`, { role: 'admin' })
      expect(promoted.status).toBe(200)
      expect(promoted.body.doc.role).toBe('admin')
      const deleted = await as.admin.delete(`/api/users/${created.body.doc.id}`)
      expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
      const login = await cmsApi(cms.url).post('/api/users/login', { email: 'midlertidig@example.org', password: 'midlertidig-1234' })
      expect(login.status).toBe(401)
    })
  })
})
