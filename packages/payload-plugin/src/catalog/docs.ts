/**
 * The stored shapes the catalogue reads, as the Local API returns them at depth 0.
 * The plugin cannot rely on a host's generated types (slugs are configurable), so it names
 * only the fields it reads. Ids are numbers on SQLite and strings on MongoDB.
 */
export type DocId = number | string

/** A relationship at depth 0 is an id; at depth ≥ 1 (or after a join) it is the document. */
export type Ref<T> = DocId | (T & { id: DocId }) | null | undefined

export interface TopicDoc {
  id: DocId
  title: string
  slug?: string | null
}

export interface AgencyDoc {
  id: DocId
  name: string
  slug?: string | null
  allowedOrigins?: { origin?: string | null }[] | null
}

export interface LocationDoc {
  id: DocId
  name: string
  address?: string | null
}

export interface FacilitatorDoc {
  id: DocId
  name: string
  title?: string | null
}

export interface QuestionRow {
  id?: string | null
  label: string
  type: 'text' | 'textarea' | 'choice' | 'checkbox'
  required?: boolean | null
  options?: { id?: string | null; value: string }[] | null
}

export interface OfferingDoc {
  id: DocId
  title: string
  slug?: string | null
  summary?: string | null
  description?: unknown
  audience?: 'leaders' | 'employees' | 'all' | null
  format?: 'in-person' | 'digital' | 'hybrid' | null
  duration?: string | null
  topics?: Ref<TopicDoc>[] | null
  agencies?: Ref<AgencyDoc>[] | null
  price?: { free?: boolean | null; amountNok?: number | null } | null
  learningOutcomes?: { id?: string | null; text: string }[] | null
  facilitators?: Ref<FacilitatorDoc>[] | null
  questions?: QuestionRow[] | null
  managerApproval?: boolean | null
  /** A certificate (kursbevis) to each participant who completes. */
  certificate?: boolean | null
  /** Programmes only. */
  byApplication?: boolean | null
  _status?: 'draft' | 'published' | null
  updatedAt: string
}

export interface MeetingRow {
  id?: string | null
  startsAt: string
  endsAt: string
  location?: Ref<LocationDoc>
  onlineUrl?: string | null
}

export interface SessionDoc {
  id: DocId
  name?: string | null
  kind: 'course' | 'programme'
  course?: Ref<OfferingDoc>
  programme?: Ref<OfferingDoc>
  meetings?: MeetingRow[] | null
  capacity: number
  signupDeadline?: string | null
  status: 'open' | 'cancelled'
  waitlistEnabled?: boolean | null
  language?: 'nb' | 'nn' | 'en' | null
  /** Days before each reminded meeting its reminder goes out; null: the catalogue's default. */
  reminderDays?: number | null
  /** Under this many confirmed the session is at risk of being cancelled; null: no minimum. */
  minParticipants?: number | null
  /** The completion rule: present at at least this many meetings; null: all of them. */
  completionMinimum?: number | null
  /** When the attendance task turned the confirmed registrations into attended or no-show (once). */
  attendanceSettledAt?: string | null
  startsAt?: string | null
  endsAt?: string | null
  updatedAt: string
}

export interface SeatLedgerDoc {
  id: DocId
  session: Ref<SessionDoc>
  taken: number
  waitlistIssued: number
}

export interface ServiceDoc {
  id: DocId
  title: string
  slug?: string | null
  summary?: string | null
  description?: unknown
  deliverables?: { id?: string | null; text: string }[] | null
  typicalDuration?: string | null
  suitedFor?: string | null
  _status?: 'draft' | 'published' | null
  updatedAt: string
}

/** The id behind a relationship value, whatever its depth. */
export function refId<T>(ref: Ref<T>): DocId | null {
  if (ref === null || ref === undefined) return null
  if (typeof ref === 'object') return ref.id
  return ref
}

/** Ids compare as strings: SQLite gives numbers, MongoDB strings, the API always strings. */
export const idKey = (id: DocId): string => String(id)

/**
 * A relationship value for the Local API. A host's generated types fix one id type (numbers on SQLite,
 * strings on MongoDB); the plugin serves both, so it passes on whatever id the adapter gave it.
 */
export const relationTo = (id: DocId): number => id as number
