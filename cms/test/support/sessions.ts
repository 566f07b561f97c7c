import { expect } from 'vitest'
import type { CmsApi } from './cmsApi.js'

/** An ISO time `days` from today at `hour` UTC. */
export const inDays = (days: number, hour: number): string => {
  const today = new Date()
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days, hour)).toISOString()
}

/** A session 40 days ahead of the seed's one published course, with a waiting list, added by an editor over REST. */
export async function createCourseSession(editor: CmsApi, capacity: number): Promise<string | number> {
  const courses = await editor.get<{ docs: { id: string | number }[] }>('/api/courses?limit=1&depth=0&where[_status][equals]=published')
  expect(courses.body.docs.length).toBe(1)
  const created = await editor.post<{ doc: { id: string | number } }>('/api/sessions', {
    kind: 'course',
    course: courses.body.docs[0]!.id,
    capacity,
    waitlistEnabled: true,
    meetings: [{ startsAt: inDays(40, 8), endsAt: inDays(40, 14) }],
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  return created.body.doc.id
}
