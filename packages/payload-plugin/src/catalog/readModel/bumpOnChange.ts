import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, PayloadRequest } from 'payload'
import { afterTransaction } from '../../database/afterTransaction.js'
import type { CatalogCollection, CatalogContext } from '../../types.js'
import { readModelOf } from './catalogReadModel.js'
import { bumpContentStamp } from './contentStamp.js'

/** The collections whose documents the public catalogue shows: a change to any of them gives it a new stamp. */
export const catalogContentCollections: readonly CatalogCollection[] = ['courses', 'programmes', 'sessions', 'topics', 'locations', 'facilitators', 'agencies']

/** Adds the stamp's bump to a content collection's afterChange and afterDelete, in the change's transaction. */
export function bumpOnChange(collection: CollectionConfig, context: CatalogContext): CollectionConfig {
  const bump = async (req: PayloadRequest) => {
    await bumpContentStamp(req, context.slugs)
    readModelOf(req.payload, context.slugs, context.clock).changing(afterTransaction(req, async () => undefined, 'catalogue change'))
  }
  const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
    await bump(req)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    await bump(req)
    return doc
  }
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
      afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
    },
  }
}
