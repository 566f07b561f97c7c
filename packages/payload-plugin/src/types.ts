import type { CollectionConfig, CollectionSlug, PayloadRequest } from 'payload'

/** The collections the plugin adds, by role. The values are the default slugs. */
export const catalogCollections = [
  'courses',
  'programmes',
  'services',
  'sessions',
  'registrations',
  'service-requests',
  'facilitators',
  'locations',
  'topics',
  'agencies',
  'session-seats',
] as const
export type CatalogCollection = (typeof catalogCollections)[number]

/** Typed as Payload's slug union so relationships type-check in hosts that generate their types. */
export type CatalogSlugs = Record<CatalogCollection, CollectionSlug>

export type CollectionOverride = (collection: CollectionConfig) => CollectionConfig

export interface KurskatalogOptions {
  /** Rename any collection, e.g. `{ courses: 'kurs' }`. */
  slugs?: Partial<Record<CatalogCollection, string>>
  /** Change any collection's config after the plugin built it (add fields, hooks, admin options). */
  overrides?: Partial<Record<CatalogCollection, CollectionOverride>>
  /** Who may see personal data and drafts. Default: any logged-in user. */
  isEditor?: (req: PayloadRequest) => boolean
  /** Public base URL of the CMS, used for links in emails. Default: the server URL of the Payload config. */
  publicUrl?: string
  /** Sender shown in emails, e.g. "UKE Kurskatalog <kurs@uke.oslo.kommune.no>". */
  emailFrom?: string
  /** Turns off the collections' admin UI and the public API, but keeps the schema (as Payload's plugins do). */
  disabled?: boolean
}

/** Options with every default filled in; what the collections and endpoints are built from. */
export interface CatalogContext {
  slugs: CatalogSlugs
  isEditor: (req: PayloadRequest) => boolean
  publicUrl: string | undefined
  emailFrom: string | undefined
}
