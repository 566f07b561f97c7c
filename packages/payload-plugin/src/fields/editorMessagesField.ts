import type { JoinField } from 'payload'
import { readsWholeCollection } from '../access/readsWholeCollection.js'
import { label } from '../labels.js'
import type { CatalogContext } from '../types.js'

/** The messages editors sent about this row (a session or a service request): who sent what, when, to how many. */
export const editorMessagesField = (context: CatalogContext, on: 'session' | 'serviceRequest'): JoinField => ({
  name: 'messages',
  type: 'join',
  collection: context.slugs['editor-messages'],
  on,
  access: { read: readsWholeCollection(context.slugs['editor-messages']) },
  label: label('Meldinger sendt', 'Messages sent'),
  defaultLimit: 20,
  admin: {
    allowCreate: false,
    defaultColumns: on === 'session' ? ['subject', 'audience', 'recipients', 'sentBy', 'createdAt'] : ['subject', 'step', 'sentBy', 'createdAt'],
    description: label('Åpne en melding for å se teksten og e-posten til hver mottaker.', 'Open a message to see its text and the email to each recipient.'),
  },
})
