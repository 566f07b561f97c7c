import type { Locale } from './locale.js'

export const audiences = ['leaders', 'employees', 'all'] as const
export type Audience = (typeof audiences)[number]

export const formats = ['in-person', 'digital', 'hybrid'] as const
export type Format = (typeof formats)[number]

export const offeringKinds = ['course', 'programme'] as const
export type OfferingKind = (typeof offeringKinds)[number]

/**
 * What a visitor is told about seats. `few-left` starts at a fifth of capacity (at least 3);
 * `waitlist` means full but a waiting-list place is offered; `closed` means the deadline passed.
 */
export const seatStatuses = ['open', 'few-left', 'waitlist', 'full', 'closed', 'cancelled'] as const
export type SeatStatus = (typeof seatStatuses)[number]

/** Whether a session takes sign-ups now: a seat is free, or a waiting-list place is offered. */
export const takesSignups = (session: { seatStatus: SeatStatus }): boolean =>
  session.seatStatus === 'open' || session.seatStatus === 'few-left' || session.seatStatus === 'waitlist'

export interface TopicRef {
  slug: string
  title: string
}

export interface Place {
  name: string
  address: string | null
}

export interface Meeting {
  startsAt: string
  endsAt: string
  /** null for a purely digital meeting. */
  place: Place | null
  online: boolean
}

export interface SessionSummary {
  id: string
  startsAt: string
  endsAt: string
  meetings: Meeting[]
  language: Locale
  capacity: number
  seatsLeft: number
  seatStatus: SeatStatus
  signupDeadline: string | null
  waitlistEnabled: boolean
}

export interface Price {
  free: boolean
  /** Whole Norwegian kroner; null when free. */
  amountNok: number | null
}

export interface OfferingSummary {
  kind: OfferingKind
  slug: string
  title: string
  summary: string
  audience: Audience
  format: Format
  topics: TopicRef[]
  duration: string | null
  price: Price
  byApplication: boolean
  /** The next few upcoming sessions, soonest first. */
  nextSessions: SessionSummary[]
  updatedAt: string
}

/** Rich text flattened to blocks of plain text: the widgets render text, never HTML from the API. */
export type RichTextBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'heading'; level: 2 | 3 | 4; text: string }
  | { type: 'list'; ordered: boolean; items: string[] }

export interface FacilitatorSummary {
  name: string
  title: string | null
}

export const questionTypes = ['text', 'textarea', 'choice', 'checkbox'] as const
export type QuestionType = (typeof questionTypes)[number]

export interface SignupQuestion {
  id: string
  label: string
  type: QuestionType
  required: boolean
  /** Only for `choice`. */
  options: string[]
}

export interface OfferingDetail extends OfferingSummary {
  description: RichTextBlock[]
  learningOutcomes: string[]
  facilitators: FacilitatorSummary[]
  questions: SignupQuestion[]
  /** The manager must approve each sign-up: the form asks for the leader's work email (`needsLeaderEmail`), and a seat is held until they answer. */
  managerApproval: boolean
  /** Every upcoming session, soonest first. */
  sessions: SessionSummary[]
}

/** One session with what a sign-up form needs to render on its own. */
export interface SessionDetail extends SessionSummary {
  offering: Pick<OfferingDetail, 'kind' | 'slug' | 'title' | 'questions' | 'managerApproval'>
}
