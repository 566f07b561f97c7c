import type { ServiceDetail, ServiceListResponse, ServiceSummary } from '@kurskatalog/contract'
import type { Payload, PayloadRequest } from 'payload'
import type { CatalogSlugs } from '../types.js'
import { idKey, type ServiceDoc } from './docs.js'
import { toRichTextBlocks } from './richText.js'

export function toServiceSummary(doc: ServiceDoc): ServiceSummary {
  return {
    slug: doc.slug ?? idKey(doc.id),
    title: doc.title,
    summary: doc.summary ?? '',
    typicalDuration: doc.typicalDuration || null,
    suitedFor: doc.suitedFor || null,
    updatedAt: new Date(doc.updatedAt).toISOString(),
  }
}

export function toServiceDetail(doc: ServiceDoc): ServiceDetail {
  return {
    ...toServiceSummary(doc),
    description: toRichTextBlocks(doc.description),
    deliverables: (doc.deliverables ?? []).map((row) => row.text).filter((text) => text.trim() !== ''),
  }
}

export const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'nb')

/** Every published facilitator service, by title. One query. */
export async function listServices(payload: Payload, slugs: CatalogSlugs, req?: PayloadRequest): Promise<ServiceListResponse> {
  const result = await payload.find({
    collection: slugs.services,
    where: { _status: { equals: 'published' } },
    select: { title: true, slug: true, summary: true, typicalDuration: true, suitedFor: true, updatedAt: true, _status: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return { items: (result.docs as unknown as ServiceDoc[]).sort(byTitle).map(toServiceSummary) }
}

/** A published service by slug, or null. */
export async function loadServiceDetail(payload: Payload, slugs: CatalogSlugs, slug: string, req?: PayloadRequest): Promise<ServiceDetail | null> {
  const result = await payload.find({
    collection: slugs.services,
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const doc = result.docs[0] as unknown as ServiceDoc | undefined
  return doc ? toServiceDetail(doc) : null
}

/** Every published facilitator service in full (the brochure's section of them), by title. One query. */
export async function listServiceDetails(payload: Payload, slugs: CatalogSlugs): Promise<ServiceDetail[]> {
  const result = await payload.find({ collection: slugs.services, where: { _status: { equals: 'published' } }, depth: 0, pagination: false, overrideAccess: true })
  return (result.docs as unknown as ServiceDoc[]).sort(byTitle).map(toServiceDetail)
}
