import type { Audience, Format, OfferingKind, SeatStatus } from '../offerings.js'

/** A text that may name a number: a form for 1 and one for any other number, `#` standing for it; a plain string names none. */
export type CountedText = string | readonly [one: string, other: string]

/** What visitors read about an offering: its kind, the audience and format facets' names and choices, and its dates' seats. */
export interface OfferingLabels {
  kinds: Record<OfferingKind, string>
  audience: string
  format: string
  audiences: Record<Audience, string>
  formats: Record<Format, string>
  /** "3 ledige plasser", "Fullt – venteliste": a session's seats by its status, the seats left as the number (see `counted`). */
  seats: Record<SeatStatus, CountedText>
}
