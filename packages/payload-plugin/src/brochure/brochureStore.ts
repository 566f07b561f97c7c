import type { BrochureOptions } from '@kurskatalog/contract'
import type { Payload } from 'payload'
import type { DocId } from '../catalog/docs.js'
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
  pdf?: string | null
  etag?: string | null
  bytes?: number | null
  renderedAt?: string | null
  error?: string | null
  createdAt: string
}

/** Without the file itself: what deciding about an edition needs. */
const facts = { edition: true, options: true, choices: true, stamp: true, status: true, origin: true, etag: true, bytes: true, renderedAt: true, error: true, createdAt: true } as const

const asEdition = (doc: unknown): BrochureEdition => doc as BrochureEdition

/** The newest edition of an option set made under a content stamp, without its file; undefined when none is ready. */
export async function newestReadyEdition(payload: Payload, context: CatalogContext, options: string, stamp: string): Promise<BrochureEdition | undefined> {
  const found = await payload.find({
    collection: context.slugs.brochures,
    where: { and: [{ options: { equals: options } }, { stamp: { equals: stamp } }, { status: { equals: 'ready' } }] },
    sort: '-renderedAt',
    limit: 1,
    pagination: false,
    depth: 0,
    select: facts,
    overrideAccess: true,
  })
  return found.docs[0] ? asEdition(found.docs[0]) : undefined
}

/** One edition by id, with its file when `withFile`. */
export async function findEdition(payload: Payload, context: CatalogContext, id: DocId, withFile = false): Promise<BrochureEdition | undefined> {
  const found = await payload.find({
    collection: context.slugs.brochures,
    where: { id: { equals: id } },
    limit: 1,
    pagination: false,
    depth: 0,
    ...(withFile ? {} : { select: facts }),
    overrideAccess: true,
  })
  return found.docs[0] ? asEdition(found.docs[0]) : undefined
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

/** Stores a finished render. */
export async function storeRender(payload: Payload, context: CatalogContext, id: DocId, render: { pdf: Buffer; etag: string; stamp: string; renderedAt: Date }): Promise<void> {
  await inWriteTurn(payload, () =>
    payload.update({
      collection: context.slugs.brochures,
      id,
      data: { status: 'ready', pdf: render.pdf.toString('base64'), etag: render.etag, bytes: render.pdf.length, stamp: render.stamp, renderedAt: render.renderedAt.toISOString(), error: null },
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
}
