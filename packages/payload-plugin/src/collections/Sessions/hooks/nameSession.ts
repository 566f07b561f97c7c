import { catalogTimeZone } from '@kurskatalog/contract'
import type { CollectionBeforeChangeHook } from 'payload'
import { refId, type DocId } from '../../../catalog/docs.js'
import type { CatalogContext } from '../../../types.js'

const dateFormat = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'medium', timeZone: catalogTimeZone })

/** Names a session "Course title – 12. mars 2027" so editors can tell sessions apart in lists and pickers. */
export const nameSession =
  (context: CatalogContext): CollectionBeforeChangeHook =>
  async ({ data, req, originalDoc }) => {
    const kind = (data.kind ?? originalDoc?.kind ?? 'course') as 'course' | 'programme'
    const id = refId((data[kind] ?? originalDoc?.[kind]) as DocId | { id: DocId } | null | undefined)
    if (id === null) return data
    const offering = await req.payload.findByID({
      collection: kind === 'course' ? context.slugs.courses : context.slugs.programmes,
      id,
      depth: 0,
      draft: true,
      req,
      disableErrors: true,
      select: { title: true },
    })
    const startsAt = data.startsAt ?? originalDoc?.startsAt
    const title = (offering as { title?: string } | null)?.title ?? ''
    data.name = startsAt ? `${title} – ${dateFormat.format(new Date(startsAt))}` : title
    return data
  }
