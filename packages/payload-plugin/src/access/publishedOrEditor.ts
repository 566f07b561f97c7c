import type { Access } from 'payload'
import type { CatalogContext } from '../types.js'

/** Editors see drafts; everyone else sees only the published version. */
export const publishedOrEditor =
  (context: CatalogContext): Access =>
  ({ req }) =>
    context.isEditor(req) ? true : { _status: { equals: 'published' } }
