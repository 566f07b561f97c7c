import type { DateField } from 'payload'
import { label } from '../labels.js'

/** When retention or an erasure removed this row's personal data; set only by the plugin. */
export const anonymisedAtField = (): DateField => ({
  name: 'anonymisedAt',
  type: 'date',
  index: true,
  label: label('Anonymisert', 'Anonymised'),
  access: { create: () => false, update: () => false },
  admin: {
    readOnly: true,
    position: 'sidebar',
    condition: (data) => Boolean(data?.anonymisedAt),
    description: label('Personopplysningene er fjernet. Status og tall er beholdt for statistikken.', 'The personal data is removed. Status and counts are kept for statistics.'),
    date: { pickerAppearance: 'dayAndTime' },
  },
})
