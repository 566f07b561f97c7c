import type { RegistrationStatus } from '@kurskatalog/contract'
import { label } from '../../labels.js'

/** A registration's status as editors read it: in the admin, on the organiser's desk and in its exports. */
export const statusLabels: Record<RegistrationStatus, Record<string, string>> = {
  confirmed: label('Bekreftet', 'Confirmed'),
  waitlisted: label('Venteliste', 'Waiting list'),
  'pending-approval': label('Venter på godkjenning', 'Pending approval'),
  cancelled: label('Avmeldt', 'Cancelled'),
  attended: label('Møtte', 'Attended'),
  'no-show': label('Møtte ikke', 'No-show'),
}
