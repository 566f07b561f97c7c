import type { PayloadRequest, Where } from 'payload'
import type { DocId } from '../catalog/docs.js'
import type { CatalogCollection, CatalogContext } from '../types.js'

/**
 * One kind of row that holds a person's data, and how retention treats it. Adding a collection to
 * the anonymisation (the daily job and an editor's erasure) is one entry in `personalRecords`, plus
 * the `anonymisedAtField` on that collection.
 */
export interface PersonalRecordKind {
  /** The collection, by its role in the catalogue. */
  collection: CatalogCollection
  /**
   * The field with the person's email address: how an erasure finds their rows. Null for rows that hold no
   * address (an editor's message): an erasure finds those by the erased rows they were about (see `erasePerson`).
   */
  emailField: string | null
  /** The rows whose retention period ended before `cutoff` (rows already anonymised are left out by the caller); null: none. */
  dueBefore: (req: PayloadRequest, context: CatalogContext, cutoff: Date) => Promise<Where | null>
  /**
   * What each personal field becomes: a neutral placeholder where the field is required or unique,
   * else null. A field the collection does not have is skipped, so a field added later only needs a line here.
   */
  scrubbed: (id: DocId) => Record<string, unknown>
  /**
   * The fields whose values mark a copy elsewhere (a job's input or log) as this person's: `unique` ones
   * (an address, a token) mark any job; `shared` ones (a name, which two people may have) only finished or failed jobs.
   */
  traces: { unique: string[]; shared: string[] }
}

export const anonymisedName = 'Anonymisert'
const anonymisedEmail = (id: DocId): string => `anonymisert-${String(id)}@anonymisert.invalid`
// Holds the unique index's place; the ':' keeps it outside the cancel link's token shape, so it opens nothing.
const anonymisedKey = (id: DocId): string => `anonymisert:${String(id)}`

/** Registrations of sessions whose last meeting ended before the cutoff. */
async function registrationsDue(req: PayloadRequest, context: CatalogContext, cutoff: Date): Promise<Where | null> {
  const ended = await req.payload.find({
    collection: context.slugs.sessions,
    where: { endsAt: { less_than: cutoff.toISOString() } },
    pagination: false,
    depth: 0,
    select: {},
    overrideAccess: true,
  })
  return ended.docs.length === 0 ? null : { session: { in: ended.docs.map((session) => session.id) } }
}

export const closedServiceRequestStatuses = ['declined', 'delivered'] as const

/** Service requests declined or delivered before the cutoff (a row closed before `closedAt` existed counts from its last change). */
const serviceRequestsDue = async (_req: PayloadRequest, _context: CatalogContext, cutoff: Date): Promise<Where> => ({
  and: [
    { status: { in: [...closedServiceRequestStatuses] } },
    {
      or: [
        { closedAt: { less_than: cutoff.toISOString() } },
        { and: [{ closedAt: { exists: false } }, { updatedAt: { less_than: cutoff.toISOString() } }] },
      ],
    },
  ],
})

/** Every kind of row with personal data the catalogue keeps, in the order they are anonymised. */
export const personalRecords: PersonalRecordKind[] = [
  {
    collection: 'registrations',
    emailField: 'email',
    dueBefore: registrationsDue,
    scrubbed: (id) => ({
      name: anonymisedName,
      email: anonymisedEmail(id),
      role: null,
      answers: null,
      leaderEmail: null,
      cancelToken: anonymisedKey(id),
      approvalToken: anonymisedKey(id),
      idempotencyKey: anonymisedKey(id),
      activeKey: anonymisedKey(id),
      sourceUrl: null,
      sourceOrigin: null,
    }),
    traces: { unique: ['email', 'leaderEmail', 'cancelToken', 'approvalToken', 'idempotencyKey', 'activeKey'], shared: ['name'] },
  },
  {
    collection: 'service-requests',
    emailField: 'email',
    dueBefore: serviceRequestsDue,
    scrubbed: (id) => ({
      contactName: anonymisedName,
      email: anonymisedEmail(id),
      phone: null,
      description: anonymisedName,
      internalNotes: null,
      idempotencyKey: anonymisedKey(id),
      sourceOrigin: null,
    }),
    traces: { unique: ['email', 'idempotencyKey'], shared: ['contactName', 'phone'] },
  },
  {
    // The outbox's copies: each email names its recipient and repeats what the registration said.
    collection: 'queued-emails',
    emailField: 'to',
    dueBefore: async (_req, _context, cutoff) => ({ createdAt: { less_than: cutoff.toISOString() } }),
    scrubbed: (id) => ({
      to: anonymisedEmail(id),
      subject: anonymisedName,
      text: anonymisedName,
      html: anonymisedName,
      attachments: null,
      lastError: null,
    }),
    traces: { unique: ['to'], shared: [] },
  },
  {
    // What an editor wrote to a session's people or to a requester: the text may name them, and the sender is named.
    // Kept as long as the outbox's copies of it (its emails), then cleared with them; what it concerns, to whom and
    // how many stay for the statistics.
    collection: 'editor-messages',
    emailField: null,
    dueBefore: async (_req, _context, cutoff) => ({ createdAt: { less_than: cutoff.toISOString() } }),
    scrubbed: () => ({
      subject: anonymisedName,
      body: anonymisedName,
      sentBy: null,
    }),
    // No job carries a message's text: its emails' jobs carry only the outbox row's id.
    traces: { unique: [], shared: [] },
  },
]
