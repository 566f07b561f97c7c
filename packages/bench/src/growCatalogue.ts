import type { AdminApi } from './adminApi.js'
import { benchCourses } from './benchCourses.js'

type Id = number | string

const day = 24 * 60 * 60 * 1000

/**
 * Adds published courses through the REST API until the catalogue has `total` published offerings,
 * each with one upcoming session, so the size dimension measures a catalogue shaped like the first 30:
 * the written-out bench courses again, as later cohorts ("kull 2", "kull 3", …).
 */
export async function growCatalogue(
  api: AdminApi,
  { from, total, location, onProgress }: { from: number; total: number; location: Id; onProgress?: (done: number) => void },
): Promise<number> {
  const templates = benchCourses(27)
  const batch = 8
  let added = 0
  for (let next = from; next < total; next += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, total - next) }, async (_, offset) => {
        const index = next + offset
        const template = templates[index % templates.length]!
        const course = await api.create<{ id: Id }>('courses', {
          ...template,
          title: `${template.title} – kull ${Math.floor(index / templates.length) + 1}`,
          price: { free: true },
          _status: 'published',
        })
        const starts = Date.now() + (5 + (index % 170)) * day
        await api.create('sessions', {
          kind: 'course',
          course: course.id,
          capacity: 20,
          meetings: [{ startsAt: new Date(starts).toISOString(), endsAt: new Date(starts + 6 * 60 * 60 * 1000).toISOString(), location }],
          status: 'open',
        })
        added += 1
      }),
    )
    onProgress?.(next + batch)
  }
  return added
}
