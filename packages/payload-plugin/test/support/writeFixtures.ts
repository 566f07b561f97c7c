import type { Payload } from 'payload'
import type { CatalogFixture } from './catalogFixtures.js'

type Id = number | string

/** An instant `days` from today at `hour` UTC (negative days are in the past). */
function inDays(days: number, hour = 9): string {
  const today = new Date()
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days, hour)).toISOString()
}

export interface SessionSetup {
  capacity?: number
  waitlistEnabled?: boolean
  signupDeadline?: string
  status?: 'open' | 'cancelled'
  course?: Id
  meetings?: number
}

/** A session on the fixture's first course (or another), a month ahead, with the given seats and settings. */
export async function createSession(payload: Payload, fixture: CatalogFixture, setup: SessionSetup = {}): Promise<Id> {
  const meetings = Array.from({ length: setup.meetings ?? 1 }, (_, index) => ({
    startsAt: inDays(30 + index * 7),
    endsAt: inDays(30 + index * 7, 15),
    location: fixture.location,
  }))
  const session = await payload.create({
    collection: 'sessions',
    data: {
      kind: 'course',
      course: setup.course ?? fixture.courses[0],
      capacity: setup.capacity ?? 20,
      waitlistEnabled: setup.waitlistEnabled ?? true,
      signupDeadline: setup.signupDeadline,
      status: setup.status ?? 'open',
      meetings,
    },
  })
  return session.id
}

/** A published course with the three kinds of custom question, for validating answers. */
export async function createCourseWithQuestions(payload: Payload) {
  const course = await payload.create({
    collection: 'courses',
    data: {
      title: 'Kurs med spørsmål',
      summary: 'Spør om litt',
      audience: 'all',
      format: 'digital',
      _status: 'published',
      questions: [
        { label: 'Hva vil du lære?', type: 'text', required: true },
        { label: 'Kost', type: 'choice', required: false, options: [{ value: 'Vegetar' }, { value: 'Vanlig' }] },
        { label: 'Jeg har avklart med leder', type: 'checkbox', required: true },
      ],
    },
  })
  const questions = (course.questions ?? []) as { id: string }[]
  return { id: course.id as Id, text: questions[0]!.id, choice: questions[1]!.id, checkbox: questions[2]!.id }
}

/** A published course whose manager must approve each sign-up: the form asks for the leader's email. */
export async function createApprovalCourse(payload: Payload): Promise<Id> {
  const course = await payload.create({
    collection: 'courses',
    data: { title: 'Godkjenning kreves', summary: 'Lederen godkjenner', audience: 'employees', format: 'digital', managerApproval: true, _status: 'published' },
  })
  return course.id
}

/** A course that is only a draft: its sessions must not take sign-ups. */
export async function createDraftCourse(payload: Payload): Promise<Id> {
  const course = await payload.create({
    collection: 'courses',
    data: { title: 'Utkast', summary: 'Ikke publisert', audience: 'all', format: 'digital', _status: 'draft' },
    draft: true,
  })
  return course.id
}

export const daysFromNow = inDays
