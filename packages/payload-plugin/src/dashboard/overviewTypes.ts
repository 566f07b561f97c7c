import type { ServiceRequestStatus } from '@kurskatalog/contract'
import type { DocId } from '../catalog/docs.js'

/** A session on the dashboard: when it starts, and how full it is by the places its registrations hold. */
export interface OverviewSession {
  id: DocId
  /** The course's or programme's title. */
  title: string
  kind: 'course' | 'programme'
  startsAt: string
  signupDeadline: string | null
  /** The session's seats. */
  capacity: number
  /** Places confirmed (also those already marked attended or no-show). */
  confirmed: number
  awaitingApproval: number
  waitlisted: number
  /** Seats not taken, by the seat ledger (a place awaiting approval holds one). */
  seatsLeft: number
  minParticipants: number | null
}

/** The statuses in which a service request waits for the editors' answer. */
export const waitingServiceRequestStatuses = ['new', 'in-dialogue'] as const satisfies ServiceRequestStatus[]

/** A service request waiting for the editors' answer. */
export interface OverviewServiceRequest {
  id: DocId
  agency: string
  contactName: string
  /** The ordered service's title; null when it is gone. */
  service: string | null
  status: (typeof waitingServiceRequestStatuses)[number]
  createdAt: string
  /** Oslo calendar days since it came in: 0 the same day. */
  ageDays: number
}

/** An email the outbox gave up on. */
export interface OverviewFailedEmail {
  id: DocId
  subject: string
  to: string
  lastError: string | null
  /** When it was last tried. */
  failedAt: string
}

/** What needs doing, as the editors' dashboard shows it. */
export interface EditorsOverview {
  /** The catalogue's "now" the figures were taken at. */
  now: string
  /** How far ahead `nextSessions` looks. */
  horizonDays: number
  /** Open sessions starting from now until `horizonDays` ahead, the first first. */
  nextSessions: OverviewSession[]
  /** Open sessions not yet started with fewer confirmed than their minimum, the first first. */
  atRisk: OverviewSession[]
  /** Service requests new or in dialogue, the oldest first (at most `shown`), and how many there are. */
  serviceRequests: { total: number; oldest: OverviewServiceRequest[] }
  /** Failed emails, the latest first (at most `shown`), and how many there are. */
  failedEmails: { total: number; latest: OverviewFailedEmail[] }
}
