import type { OfferingLabels } from './types.js'

export const offeringLabelsEn: OfferingLabels = {
  audience: 'Audience',
  format: 'Format',
  audiences: { leaders: 'Leaders', employees: 'Employees', all: 'All staff' },
  formats: { 'in-person': 'In person', digital: 'Online', hybrid: 'In person and online' },
}
