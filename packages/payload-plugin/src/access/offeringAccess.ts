import type { CollectionConfig } from 'payload'
import type { CatalogContext } from '../types.js'
import { editorsOnly } from './editorsOnly.js'
import { publishedOrEditor } from './publishedOrEditor.js'

/** Courses, programmes and services: everyone reads what is published, editors do the rest (drafts and versions too). */
export function offeringAccess(context: CatalogContext): NonNullable<CollectionConfig['access']> {
  const editors = editorsOnly(context)
  return { read: publishedOrEditor(context), create: editors, update: editors, delete: editors, readVersions: editors }
}
