import { randomUUID } from 'node:crypto'
import type { Payload, PayloadRequest } from 'payload'
import type { CatalogSlugs } from '../../types.js'

const contentKey = 'content'

/** The stamp of the published catalogue as the database has it now; '' before the first change. */
export async function readContentStamp(payload: Payload, slugs: CatalogSlugs): Promise<string> {
  const row = await payload.db.findOne<{ id: number | string; stamp?: string }>({ collection: slugs['catalog-versions'], where: { key: { equals: contentKey } } })
  return row?.stamp ?? ''
}

/**
 * Gives the catalogue a new stamp, written with `req` so it commits (or rolls back) with the change.
 * A fresh random value rather than a counter: nothing is read first, so two changes at once can
 * never leave the stamp where a reader has already seen it, with or without a transaction.
 */
export async function bumpContentStamp(req: PayloadRequest, slugs: CatalogSlugs): Promise<void> {
  await req.payload.db.upsert({
    collection: slugs['catalog-versions'],
    where: { key: { equals: contentKey } },
    data: { key: contentKey, stamp: `${Date.now().toString(36)}-${randomUUID()}` },
    req,
  })
}
