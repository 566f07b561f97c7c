import type { PayloadRequest } from 'payload'
import type { QueuedEmailDoc } from '../email/outbox/queuedEmailDoc.js'
import type { CatalogContext } from '../types.js'
import type { EditorsOverview } from './overviewTypes.js'

/** The emails the outbox gave up on, the latest first: one query for the page of them and their count. */
export async function loadOverviewFailedEmails(req: PayloadRequest, context: CatalogContext, shown: number): Promise<EditorsOverview['failedEmails']> {
  const found = await req.payload.find({
    collection: context.slugs['queued-emails'],
    where: { status: { equals: 'failed' } },
    sort: '-updatedAt',
    limit: shown,
    depth: 0,
    overrideAccess: false,
    req,
    select: { subject: true, to: true, lastError: true, updatedAt: true },
  })
  const rows = found.docs as unknown as (Pick<QueuedEmailDoc, 'id' | 'subject' | 'to' | 'lastError'> & { updatedAt: string })[]
  return {
    total: found.totalDocs,
    latest: rows.map((row) => ({ id: row.id, subject: row.subject, to: row.to, lastError: row.lastError || null, failedAt: row.updatedAt })),
  }
}
