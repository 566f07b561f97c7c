import type { OfferingKind, ValidOfferingQuery } from '@kurskatalog/contract'
import type { OfferingDoc, SessionDoc, TopicDoc } from './docs.js'

/** An offering that matched the filters, with its upcoming sessions (soonest first). */
export interface OfferingMatch {
  kind: OfferingKind
  doc: OfferingDoc
  sessions: SessionDoc[]
  /** Start of the session the listing sorts by; Infinity when there is none. */
  sortsAt: number
}

export interface OfferingSearch {
  /** Every match, sorted: soonest next session first, offerings without sessions last. */
  matches: OfferingMatch[]
  /** Every topic, for the items' topic references. */
  topics: ReadonlyMap<string, TopicDoc>
}

export type OfferingFilters = Omit<ValidOfferingQuery, 'page' | 'limit'>
