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

/**
 * The printed brochure's own texts (the offerings' texts are the editors'). `#` stands for what each names;
 * the cover's title is `title` with the period's half-years, e.g. "Kurs og lederutvikling våren 2027".
 */
export interface BrochureLabels {
  title: string
  halves: { spring: string; autumn: string }
  /** Joins two half-years: "høsten 2026 og våren 2027". */
  and: string
  /** Under the title when the brochure is for one topic or audience. */
  onlyTopic: string
  onlyAudience: string
  contents: string
  /** Offerings with no topic, last in the contents. */
  otherOfferings: string
  duration: string
  price: string
  free: string
  /** "# kr" */
  amount: string
  byApplication: string
  learningOutcomes: string
  facilitators: string
  dates: string
  online: string
  /** "Ledige plasser per 2. desember 2026 kl. 09:00": when the seats printed were read. */
  seatsAsOf: string
  /** Before the printed address of an offering's page. */
  signUpAt: string
  /** The QR code's alternative text: "QR-kode til #" (the address). */
  qrAlt: string
  services: string
  servicesIntro: string
  typicalDuration: string
  suitedFor: string
  deliverables: string
  contact: string
  organisationNumber: string
  email: string
  phone: string
  /** An empty brochure: nothing published matches. */
  empty: string
}
