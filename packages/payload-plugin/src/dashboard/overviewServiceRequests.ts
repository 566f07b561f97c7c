import type { PayloadRequest } from 'payload'
import { refId, type ServiceDoc } from '../catalog/docs.js'
import { osloDate } from '../catalog/osloTime.js'
import type { CatalogContext } from '../types.js'
import { waitingServiceRequestStatuses, type EditorsOverview, type OverviewServiceRequest } from './overviewTypes.js'

interface ServiceRequestRow {
  id: OverviewServiceRequest['id']
  agency: string
  contactName: string
  service: ServiceDoc | OverviewServiceRequest['id'] | null
  status: OverviewServiceRequest['status']
  createdAt: string
}

const calendarDays = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)

/** Service requests new or in dialogue, the oldest first: one query for the page of them and their count, one for their services' titles. */
export async function loadOverviewServiceRequests(req: PayloadRequest, context: CatalogContext, now: Date, shown: number): Promise<EditorsOverview['serviceRequests']> {
  const { payload } = req
  const found = await payload.find({
    collection: context.slugs['service-requests'],
    where: { status: { in: [...waitingServiceRequestStatuses] } },
    sort: 'createdAt',
    limit: shown,
    depth: 0,
    overrideAccess: false,
    req,
    select: { agency: true, contactName: true, service: true, status: true, createdAt: true },
  })
  const rows = found.docs as unknown as ServiceRequestRow[]
  const serviceIds = [...new Set(rows.map((row) => refId(row.service)).filter((id) => id !== null))]
  const services =
    serviceIds.length === 0
      ? []
      : ((await payload.find({ collection: context.slugs.services, where: { id: { in: serviceIds } }, depth: 0, pagination: false, overrideAccess: false, req, select: { title: true } }))
          .docs as unknown as ServiceDoc[])
  const titles = new Map(services.map((service) => [String(service.id), service.title]))
  const today = osloDate(now)
  return {
    total: found.totalDocs,
    oldest: rows.map((row) => ({
      id: row.id,
      agency: row.agency,
      contactName: row.contactName,
      service: titles.get(String(refId(row.service))) ?? null,
      status: row.status,
      createdAt: row.createdAt,
      ageDays: Math.max(0, calendarDays(osloDate(new Date(row.createdAt)), today)),
    })),
  }
}
