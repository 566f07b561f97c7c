import type { PayloadRequest, Where } from 'payload'
import type { DocId } from '../catalog/docs.js'
import { engineWrite } from '../seats/engineWrite.js'
import type { CatalogCollection, CatalogContext } from '../types.js'
import { removeJobCopies, type Traces } from './jobCopies.js'
import { personalRecords, type PersonalRecordKind } from './personalRecords.js'

/** One row whose personal data was removed, and which of its fields held any. */
export interface AnonymisedRow {
  collection: string
  id: DocId
  fields: string[]
}

export interface AnonymisationReport {
  anonymisedAt: string
  rows: AnonymisedRow[]
  /** Rows of `payload-jobs` deleted because they carried a removed value, or were finished and past the period. */
  jobsRemoved: number
}

const notYetAnonymised: Where = { anonymisedAt: { exists: false } }
const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === ''
const pageSize = 100

/** The values a copy elsewhere (a job's input or log) would show the person by: long enough not to match by chance. */
function tracesOf(doc: Record<string, unknown>, kind: PersonalRecordKind): Traces {
  const values = (fields: string[]) =>
    fields.map((field) => doc[field]).filter((value): value is string => typeof value === 'string' && value.trim().length >= 6)
  return { unique: values(kind.traces.unique), shared: values(kind.traces.shared) }
}

const joinTraces = (into: Traces, from: Traces): void => {
  into.unique.push(...from.unique)
  into.shared.push(...from.shared)
}

/**
 * Replaces one row's personal fields with neutral values and sets `anonymisedAt`, unless another run
 * got there first (the update is conditional on the row not being anonymised yet). The seat hooks
 * stand aside: status and session do not change, so no seat moves and nobody is emailed.
 */
async function anonymiseRow(
  req: PayloadRequest,
  context: CatalogContext,
  kind: PersonalRecordKind,
  doc: Record<string, unknown> & { id: DocId },
  now: Date,
): Promise<{ row: AnonymisedRow; traces: Traces } | null> {
  const slug = context.slugs[kind.collection]
  const collection = req.payload.collections[slug]
  if (!collection) return null
  const known = new Set(collection.config.flattenedFields.map((field) => field.name))
  const data = Object.fromEntries(Object.entries(kind.scrubbed(doc.id)).filter(([field]) => known.has(field)))
  const held = Object.keys(data).filter((field) => !isEmpty(doc[field]) && doc[field] !== data[field])
  const updated = await req.payload.update({
    collection: slug,
    where: { and: [{ id: { equals: doc.id } }, notYetAnonymised] },
    // The fields were checked against this collection's config above; its generated type cannot know which collection it is.
    data: { ...data, anonymisedAt: now.toISOString() } as never,
    depth: 0,
    overrideAccess: true,
    context: engineWrite(),
    // Each row on its own: no transaction of its own to wait for SQLite's lock (it joins the caller's, if any).
    disableTransaction: true,
    req,
  })
  if (updated.errors.length > 0) throw new Error(`kurskatalog: could not anonymise ${slug} ${String(doc.id)}: ${updated.errors.map((error) => error.message).join('; ')}`)
  if (updated.docs.length === 0) return null
  // Versions are copies of the row: a collection with them loses them all (the row itself is the one left).
  if (collection.config.versions) await req.payload.db.deleteVersions({ collection: slug, where: { parent: { equals: doc.id } }, req })
  return { row: { collection: slug, id: doc.id, fields: held }, traces: tracesOf(doc, kind) }
}

/** Anonymises every row the `where` finds, page by page, until none is left that this run can still take. */
async function anonymiseWhere(req: PayloadRequest, context: CatalogContext, kind: PersonalRecordKind, where: Where, now: Date) {
  const slug = context.slugs[kind.collection]
  const done: AnonymisedRow[] = []
  const traces: Traces = { unique: [], shared: [] }
  const tried = new Set<string>()
  for (;;) {
    const page = await req.payload.find({ collection: slug, where: { and: [where, notYetAnonymised] }, limit: pageSize, depth: 0, overrideAccess: true, req })
    const fresh = page.docs.filter((doc) => !tried.has(String(doc.id)))
    if (fresh.length === 0) break
    for (const doc of fresh) {
      tried.add(String(doc.id))
      const result = await anonymiseRow(req, context, kind, doc as unknown as Record<string, unknown> & { id: DocId }, now)
      if (result) {
        done.push(result.row)
        joinTraces(traces, result.traces)
      }
    }
  }
  return { done, traces }
}

const dayMs = 24 * 60 * 60 * 1000

/**
 * The daily retention run: anonymises every registration whose session ended, and every service
 * request closed, more than `retentionDays` before `now`, and removes the job rows that still carry
 * their data or are finished and as old. Safe to run at any moment and on several instances at once:
 * it only touches rows not yet anonymised, with the same placeholders whoever writes them.
 */
export async function anonymiseExpired(req: PayloadRequest, context: CatalogContext, now = new Date()): Promise<AnonymisationReport> {
  const report: AnonymisationReport = { anonymisedAt: now.toISOString(), rows: [], jobsRemoved: 0 }
  if (context.disabled || context.retentionDays === false) return report
  const cutoff = new Date(now.getTime() - context.retentionDays * dayMs)
  const traces: Traces = { unique: [], shared: [] }
  for (const kind of personalRecords) {
    const where = await kind.dueBefore(req, context, cutoff)
    if (!where) continue
    const result = await anonymiseWhere(req, context, kind, where, now)
    report.rows.push(...result.done)
    joinTraces(traces, result.traces)
  }
  report.jobsRemoved = await removeJobCopies(req, context, traces, cutoff)
  return report
}

/**
 * An erasure on request (GDPR art. 17): every row of every kind whose email field is this address,
 * whatever its age, and the jobs that carry it. The receipt says which rows and fields, and when.
 */
export async function erasePerson(req: PayloadRequest, context: CatalogContext, email: string, now = new Date()): Promise<AnonymisationReport> {
  const report: AnonymisationReport = { anonymisedAt: now.toISOString(), rows: [], jobsRemoved: 0 }
  const address = email.trim().toLowerCase()
  const traces: Traces = { unique: [address], shared: [] }
  const spellings = [...new Set([address, email.trim()])]
  const erased = (collection: CatalogCollection) => report.rows.filter((row) => row.collection === context.slugs[collection]).map((row) => row.id)
  for (const kind of personalRecords) {
    const found: Where[] = kind.emailField ? [{ [kind.emailField]: { in: spellings } }] : []
    // Emails about an erased registration that went to someone else (a leader's) are copies of it too.
    if (kind.collection === 'queued-emails' && erased('registrations').length > 0) found.push({ registration: { in: erased('registrations') } })
    // An editor's reply to an erased service request was to that person alone (a message to a session's people is to many).
    if (kind.collection === 'editor-messages' && erased('service-requests').length > 0) found.push({ serviceRequest: { in: erased('service-requests') } })
    if (found.length === 0) continue
    const where: Where = found.length === 1 ? found[0]! : { or: found }
    const result = await anonymiseWhere(req, context, kind, where, now)
    report.rows.push(...result.done)
    joinTraces(traces, result.traces)
  }
  report.jobsRemoved = await removeJobCopies(req, context, traces, null)
  return report
}
