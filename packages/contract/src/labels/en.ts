import type { OfferingLabels } from './types.js'

export const offeringLabelsEn: OfferingLabels = {
  kinds: { course: 'Course', programme: 'Leadership programme' },
  audience: 'Audience',
  format: 'Format',
  audiences: { leaders: 'Leaders', employees: 'Employees', all: 'All staff' },
  formats: { 'in-person': 'In person', digital: 'Online', hybrid: 'In person and online' },
  seats: {
    open: ['# seat left', '# seats left'],
    'few-left': ['Only # seat left', 'Only # seats left'],
    waitlist: 'Full – waiting list',
    full: 'Full',
    closed: 'Sign-up closed',
    cancelled: 'Cancelled',
  },
}
