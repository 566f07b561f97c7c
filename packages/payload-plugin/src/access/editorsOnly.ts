import type { Access, FieldAccess } from 'payload'
import type { CatalogContext } from '../types.js'

/** Personal data and internal records: editors only, over every API (REST, GraphQL, Local with access on). */
export const editorsOnly =
  (context: CatalogContext): Access =>
  ({ req }) =>
    context.isEditor(req)

export const editorsOnlyField =
  (context: CatalogContext): FieldAccess =>
  ({ req }) =>
    context.isEditor(req)
