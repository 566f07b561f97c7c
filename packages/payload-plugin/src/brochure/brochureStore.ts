import type { BrochureOptions } from '@kurskatalog/contract'
import type { Payload } from 'payload'
import { idKey, type DocId } from '../catalog/docs.js'
import { inWriteTurn } from '../database/sqliteWriteTurns.js'
import type { CatalogContext } from '../types.js'

/** A row of the `brochures` collection (see `buildBrochures`). */
export interface BrochureEdition {
  id: DocId
  edition: string
  options: string
  choices: BrochureOptions
  stamp: string
  status: 'rendering' | 'ready' | 'failed'
  origin?: string | null
  etag?: string | null
  bytes?: number | null
  /** How many rows of `brochure-parts` hold its file. */
  parts?: number | null
  renderedAt?: string | null
  error?: string | null
  createdAt: string
  /** For a failed edition: when it failed (its last write). */
  updatedAt?: string
}

/** What deciding about an edition needs (its file is in `brochure-parts`). */
const facts = { edition: true, options: true, choices: true, stamp: true, status: true, origin: true, etag: true, bytes: true, parts: true, renderedAt: true, error: true, createdAt: true, updatedAt: true } as const

const asEdition = (doc: unknown): BrochureEdition => doc as BrochureEdition

/** The newest edition of an option set made under a content stamp, without its file; undefined when none is ready. */
export async function newestReadyEdition(payload: Payload, context: CatalogContext, options: string, stamp: string): Promise<BrochureEdition | undefined> {
  const found = await payload.find({
    collection: context.slugs.brochures,
    // A row made before files were kept in parts (it has none) is no edition: the brochure is made again.
    where: { and: [{ options: { equals: options } }, { stamp: { equals: stamp } }, { status: { equals: 'ready' } }, { parts: { greater_than: 0 } }] },
    sort: '-renderedAt',
    limit: 1,
    pagination: false,
    depth: 0,
    select: facts,
    overrideAccess: true,
  })
  return found.docs[0] ? asEdition(found.docs[0]) : undefined
}

/** One edition by id. */
export async function findEdition(payload: Payload, context: CatalogContext, id: DocId): Promise<BrochureEdition | undefined> {
  const found = await payload.find({ collection: context.slugs.brochures, where: { id: { equals: id } }, limit: 1, pagination: false, depth: 0, select: facts, overrideAccess: true })
  return found.docs[0] ? asEdition(found.docs[0]) : undefined
}

/** An edition's file, put together from its parts; undefined when a part is missing (the edition was pruned meanwhile). */
export async function readEditionFile(payload: Payload, context: CatalogContext, edition: BrochureEdition): Promise<Buffer | undefined> {
  const found = await payload.find({
    collection: context.slugs['brochure-parts'],
    where: { edition: { equals: idKey(edition.id) } },
    sort: 'part',
    pagination: false,
    depth: 0,
    select: { part: true, data: true },
    overrideAccess: true,
  })
  const parts = found.docs as unknown as { part: number; data: string }[]
  if (parts.length !== edition.parts || parts.some((row, index) => row.part !== index)) return undefined
  const file = Buffer.concat(parts.map((row) => Buffer.from(row.data, 'base64')))
  return file.length === edition.bytes ? file : undefined
}

/** One edition by its key, without its file. */
export async function findEditionByKey(payload: Payload, context: CatalogContext, edition: string): Promise<BrochureEdition | undefined> {
  const found = await payload.find({ collection: context.slugs.brochures, where: { edition: { equals: edition } }, limit: 1, pagination: false, depth: 0, select: facts, overrideAccess: true })
  return found.docs[0] ? asEdition(found.docs[0]) : undefined
}

/**
 * Claims an edition by inserting its row, committed on its own: the unique key lets one caller through on
 * any number of instances. Undefined when another caller has it already (it is being made, or was made).
 */
export async function claimEdition(
  payload: Payload,
  context: CatalogContext,
  claim: { edition: string; options: string; choices: BrochureOptions; stamp: string; origin: string },
): Promise<BrochureEdition | undefined> {
  try {
    const row = await inWriteTurn(payload, () =>
      // A host's generated types see `choices` as any JSON value, which the options object is.
      payload.create({ collection: context.slugs.brochures, data: { ...claim, choices: { ...claim.choices }, status: 'rendering' }, depth: 0, overrideAccess: true, disableTransaction: true }),
    )
    return asEdition(row)
  } catch (error) {
    // The unique key was taken (whatever error the database gave for it): someone else makes this edition.
    if (await findEditionByKey(payload, context, claim.edition)) return undefined
    throw error
  }
}

/**
 * Stores a finished render: its file in parts of at most `partBytes`, one write each, then the row as ready,
 * so a reader that sees `ready` finds every part.
 */
export async function storeRender(payload: Payload, context: CatalogContext, id: DocId, render: { pdf: Buffer; etag: string; stamp: string; renderedAt: Date }): Promise<void> {
  const size = context.brochure.partBytes
  const parts = Math.max(1, Math.ceil(render.pdf.length / size))
  // `select: { part: true }` here and in the prune: only the small part number comes back, never the data (a host's generated select types have no `id`).
  for (let part = 0; part < parts; part++) {
    const data = render.pdf.subarray(part * size, (part + 1) * size).toString('base64')
    await inWriteTurn(payload, () =>
      payload.create({ collection: context.slugs['brochure-parts'], data: { edition: idKey(id), part, data }, depth: 0, overrideAccess: true, disableTransaction: true, select: { part: true } }),
    )
  }
  await inWriteTurn(payload, () =>
    payload.update({
      collection: context.slugs.brochures,
      id,
      data: { status: 'ready', etag: render.etag, bytes: render.pdf.length, parts, stamp: render.stamp, renderedAt: render.renderedAt.toISOString(), error: null },
      depth: 0,
      overrideAccess: true,
      disableTransaction: true,
    }),
  )
}

/**
 * Removes a failed edition, so that its key can be claimed for a new render: conditional on its id and on it
 * still being failed, so callers on several instances at once remove it once and never a row claimed since.
 */
export async function dropFailedEdition(payload: Payload, context: CatalogContext, edition: BrochureEdition): Promise<void> {
  await inWriteTurn(payload, () =>
    payload.delete({
      collection: context.slugs.brochures,
      where: { and: [{ id: { equals: edition.id } }, { status: { equals: 'failed' } }] },
      depth: 0,
      overrideAccess: true,
      disableTransaction: true,
    }),
  )
}

export async function markFailed(payload: Payload, context: CatalogContext, id: DocId, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error)
  await inWriteTurn(payload, () =>
    payload.update({ collection: context.slugs.brochures, id, data: { status: 'failed', error: message.slice(0, 500) }, depth: 0, overrideAccess: true, disableTransaction: true }),
  )
}

/**
 * Keeps the store bounded: an option set keeps only its newest ready edition (and renders still under way),
 * and the store as a whole its `keep` newest rows. A render under way for longer than the wait plus a minute
 * has died with its process and goes too.
 */
export async function pruneEditions(payload: Payload, context: CatalogContext, kept: BrochureEdition): Promise<void> {
  const collection = context.slugs.brochures
  const stale = new Date(Date.now() - (context.brochure.waitSeconds + 60) * 1000).toISOString()
  await inWriteTurn(payload, () =>
    payload.delete({
      collection,
      where: {
        and: [
          { options: { equals: kept.options } },
          { id: { not_equals: kept.id } },
          { or: [{ status: { not_equals: 'rendering' } }, { createdAt: { less_than: stale } }] },
          // Only older ones: an edition claimed since (seats moved again) is not this render's to remove.
          { createdAt: { less_than_equal: kept.createdAt } },
        ],
      },
      depth: 0,
      overrideAccess: true,
      disableTransaction: true,
    }),
  )
  const all = await payload.find({ collection, sort: '-createdAt', pagination: false, depth: 0, select: { edition: true }, overrideAccess: true })
  const old = all.docs.slice(context.brochure.keep).map((doc) => doc.id)
  if (old.length > 0) {
    await inWriteTurn(payload, () => payload.delete({ collection, where: { id: { in: old } }, depth: 0, overrideAccess: true, disableTransaction: true }))
  }
  // The parts of every edition gone, by this prune or by one that died before it got here.
  const keptIds = all.docs.slice(0, context.brochure.keep).map((doc) => idKey(doc.id as DocId))
  await inWriteTurn(payload, () =>
    payload.delete({ collection: context.slugs['brochure-parts'], where: { edition: { not_in: keptIds } }, depth: 0, overrideAccess: true, disableTransaction: true, select: { part: true } }),
  )
}
