import type { Audience, Format } from '../offerings.js'

/** What visitors read for an offering's audience and format: the two facets' names and each choice. */
export interface OfferingLabels {
  audience: string
  format: string
  audiences: Record<Audience, string>
  formats: Record<Format, string>
}
