import type { ServiceRequestStatus } from '@kurskatalog/contract'
import { label } from '../../labels.js'

/** A service request's status (its step) as editors read it: in the admin, on the dashboard, and in the log of the messages sent at each step. */
export const serviceRequestStatusLabels: Record<ServiceRequestStatus, Record<string, string>> = {
  new: label('Ny', 'New'),
  'in-dialogue': label('I dialog', 'In dialogue'),
  confirmed: label('Bekreftet', 'Confirmed'),
  declined: label('Avslått', 'Declined'),
  delivered: label('Levert', 'Delivered'),
}
