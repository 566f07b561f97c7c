import type { CollectionBeforeChangeHook } from 'payload'
import { closedServiceRequestStatuses } from '../../../retention/personalRecords.js'

const isClosed = (status: unknown): boolean => (closedServiceRequestStatuses as readonly unknown[]).includes(status)

/** `closedAt` is when a request was declined or delivered, the day its retention period starts; a reopened request loses it. */
export const stampClosedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const status = data.status ?? originalDoc?.status
  if (!isClosed(status)) data.closedAt = null
  else if (!isClosed(originalDoc?.status) || !originalDoc?.closedAt) data.closedAt = new Date().toISOString()
  return data
}
