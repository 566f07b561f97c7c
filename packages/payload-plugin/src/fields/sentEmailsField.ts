import type { JoinField } from 'payload'
import { readsWholeCollection } from '../access/readsWholeCollection.js'
import { label } from '../labels.js'
import type { CatalogContext } from '../types.js'

/** The emails the outbox holds for this row (a registration or a service request), with their status, for editors. */
export const sentEmailsField = (context: CatalogContext, on: 'registration' | 'serviceRequest'): JoinField => ({
  name: 'emails',
  type: 'join',
  collection: context.slugs['queued-emails'],
  on,
  // The emails are personal data too: listed only for those who may read them all.
  access: { read: readsWholeCollection(context.slugs['queued-emails']) },
  label: label('E-post sendt', 'Emails sent'),
  defaultLimit: 20,
  admin: {
    allowCreate: false,
    defaultColumns: ['subject', 'kind', 'status', 'attempts', 'lastError', 'createdAt'],
    description: label(
      'Status for hver e-post. «Feilet» betyr at den ikke kom fram etter siste forsøk: åpne den for å se feilen og prøve igjen.',
      'The status of each email. "Failed" means it did not go through after the last attempt: open it to see the error and try again.',
    ),
  },
})
