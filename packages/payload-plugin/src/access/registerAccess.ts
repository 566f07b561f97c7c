import type { CollectionConfig } from 'payload'
import type { CatalogContext } from '../types.js'
import { anyone } from './anyone.js'
import { editorsOnly } from './editorsOnly.js'

/** Supporting records (topics, places, facilitators, agencies, sessions): public to read, editors write; private fields guard themselves. */
export function registerAccess(context: CatalogContext): NonNullable<CollectionConfig['access']> {
  const editors = editorsOnly(context)
  return { read: anyone, create: editors, update: editors, delete: editors }
}
