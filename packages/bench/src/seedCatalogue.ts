import type { AdminApi } from './adminApi.js'
import { benchCourses } from './benchCourses.js'

type Id = number | string

export interface SeededCatalogue {
  coursesAdded: number
  sessionsAdded: number
  /** The session the sign-up load goes to. */
  signupSession: { id: string; capacity: number; courseTitle: string; courseId: Id; location: Id }
}

const day = 24 * 60 * 60 * 1000

/** A time of day in Oslo `days` from `now`; 09:00 or 15:00 Oslo is well inside the day in either DST state. */
function osloDay(now: Date, days: number, hourUtc: number): string {
  const date = new Date(now.getTime() + days * day)
  date.setUTCHours(hourUtc, 0, 0, 0)
  return date.toISOString()
}

/** An open session of one meeting `inDays` from `now`, with a waiting list and a deadline five days before. */
async function createSession(api: AdminApi, plan: { course: Id; location: Id; inDays: number; capacity: number }, now: Date): Promise<{ id: Id }> {
  return api.create<{ id: Id }>('sessions', {
    kind: 'course',
    course: plan.course,
    meetings: [{ startsAt: osloDay(now, plan.inDays, 8), endsAt: osloDay(now, plan.inDays, 14), location: plan.location }],
    capacity: plan.capacity,
    signupDeadline: osloDay(now, plan.inDays - 5, 21),
    waitlistEnabled: true,
    status: 'open',
    language: 'nb',
  })
}

/** One more session like the sign-up session, on the same course, for another burst (the first one's seats are gone). */
export async function addSignupSession(api: AdminApi, seeded: SeededCatalogue, now = new Date()): Promise<string> {
  const { courseId, location, capacity } = seeded.signupSession
  return String((await createSession(api, { course: courseId, location, inDays: 46, capacity }, now)).id)
}

/**
 * Adds published courses to the demo catalogue through the REST API, each with one or two upcoming
 * sessions (so the listing carries dates, places and seat status as it does in use), and one course
 * whose only session has `signupCapacity` seats for the sign-up load.
 */
export async function seedBenchCatalogue(
  api: AdminApi,
  options: { courses: number; signupCapacity: number; now?: Date },
): Promise<SeededCatalogue> {
  const now = options.now ?? new Date()
  const [topics, facilitators, locations] = await Promise.all(
    ['topics', 'facilitators', 'locations'].map((collection) =>
      api.get<{ docs: { id: Id }[] }>(`/api/${collection}?depth=0&limit=100&sort=createdAt`).then((page) => page.docs.map((doc) => doc.id)),
    ),
  )
  if (!locations || locations.length === 0) throw new Error('The demo seed made no locations; is KK_SEED off?')
  const pick = <T>(list: T[] | undefined, index: number): T[] => (list && list.length > 0 ? [list[index % list.length]!] : [])

  const courses = benchCourses(options.courses)
  let sessionsAdded = 0
  let signupSession: SeededCatalogue['signupSession'] | undefined
  // A few at a time: fast enough, and gentle on SQLite's single writer.
  const batch = 4
  for (let start = 0; start < courses.length; start += batch) {
    await Promise.all(
      courses.slice(start, start + batch).map(async (course, offset) => {
        const index = start + offset
        const isSignupCourse = index === courses.length - 1
        const created = await api.create<{ id: Id }>('courses', {
          ...course,
          topics: pick(topics, index),
          facilitators: pick(facilitators, index),
          price: index % 4 === 3 ? { free: false, amountNok: 1500 + 250 * (index % 5) } : { free: true },
          learningOutcomes: [{ text: 'Kjenner rammene og begrepene.' }, { text: 'Kan bruke det i egen arbeidshverdag.' }],
          _status: 'published',
        })
        const plans = isSignupCourse
          ? [{ inDays: 45, capacity: options.signupCapacity }]
          : [
              { inDays: 10 + ((index * 7) % 50), capacity: 12 + ((index * 5) % 24) },
              ...(index % 2 === 0 ? [{ inDays: 70 + ((index * 11) % 60), capacity: 20 }] : []),
            ]
        for (const plan of plans) {
          const location = course.format === 'digital' ? locations[locations.length - 1]! : locations[0]!
          const session = await createSession(api, { course: created.id, location, ...plan }, now)
          sessionsAdded += 1
          if (isSignupCourse) signupSession = { id: String(session.id), capacity: plan.capacity, courseTitle: course.title, courseId: created.id, location }
        }
      }),
    )
  }
  if (!signupSession) throw new Error('No sign-up session was made.')
  return { coursesAdded: courses.length, sessionsAdded, signupSession }
}
