import type { Payload } from 'payload'
import { idKey } from '../catalog/docs.js'
import type { CatalogContext } from '../types.js'
import { readEditionFile, type BrochureEdition } from './brochureStore.js'

/** Files this process read lately, by edition id: an edition's file never changes, so no instance need be told. */
const recent = new WeakMap<Payload, Map<string, Buffer>>()
const keptFiles = 8

/** An edition's PDF bytes, read from the store once per process while it is among the last few served. */
export async function brochureFile(payload: Payload, context: CatalogContext, edition: BrochureEdition): Promise<Buffer> {
  const files = recent.get(payload) ?? new Map<string, Buffer>()
  recent.set(payload, files)
  const known = files.get(idKey(edition.id))
  if (known) return known
  const bytes = await readEditionFile(payload, context, edition)
  if (!bytes) throw new Error(`kurskatalog: brochure ${edition.edition} has no complete file`)
  if (files.size >= keptFiles) files.delete(files.keys().next().value!)
  files.set(idKey(edition.id), bytes)
  return bytes
}
