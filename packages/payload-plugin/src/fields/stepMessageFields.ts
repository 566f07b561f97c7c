import type { Field } from 'payload'
import { label } from '../labels.js'
import { replyFields } from '../messages/stepMessageAsked.js'
import type { CatalogContext } from '../types.js'

/**
 * The message to the requester in a service request's edit view: the form (shown once the status is changed) and
 * the three virtual fields it fills, which the save reads and the database never stores.
 */
export const stepMessageFields = (context: CatalogContext): Field[] => [
  {
    name: 'stepMessage',
    type: 'ui',
    admin: {
      components: {
        Field: { path: '@kurskatalog/payload-plugin/admin#StepMessageField', clientProps: { serviceRequestsSlug: context.slugs['service-requests'] } },
      },
    },
  },
  { name: replyFields.send, type: 'checkbox', virtual: true, label: label('Send melding', 'Send message'), admin: { hidden: true, readOnly: false } },
  { name: replyFields.subject, type: 'text', virtual: true, label: label('Emne', 'Subject'), admin: { hidden: true, readOnly: false } },
  { name: replyFields.body, type: 'textarea', virtual: true, label: label('Tekst', 'Text'), admin: { hidden: true, readOnly: false } },
]
