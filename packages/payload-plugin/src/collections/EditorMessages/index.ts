import { messageAudiences, replySteps } from '@kurskatalog/contract'
import type { CollectionConfig, Field } from 'payload'
import { editorsOnly } from '../../access/editorsOnly.js'
import { readsWholeCollection } from '../../access/readsWholeCollection.js'
import { label, peopleGroup } from '../../labels.js'
import { audienceLabels } from '../../messages/audienceLabels.js'
import { anonymisedAtField } from '../../retention/anonymisedAtField.js'
import type { CatalogContext } from '../../types.js'
import { serviceRequestStatusLabels } from '../ServiceRequests/statusLabels.js'

const readOnly = <T extends Field>(field: T): T => ({ ...field, admin: { ...field.admin, readOnly: true } })

/**
 * What editors wrote to people, once per message: to everyone of an audience on a session, or to a service
 * request's requester at a step of its workflow. Written with the message's emails, in one transaction, by the
 * plugin only; each recipient's copy is a row of the outbox that points back here. Editors read it.
 */
export function buildEditorMessages(context: CatalogContext): CollectionConfig {
  return {
    slug: context.slugs['editor-messages'],
    labels: { singular: label('Melding fra redaktør', 'Editor’s message'), plural: label('Meldinger fra redaktører', 'Editors’ messages') },
    admin: {
      group: peopleGroup,
      useAsTitle: 'subject',
      defaultColumns: ['subject', 'session', 'serviceRequest', 'recipients', 'sentBy', 'createdAt'],
      listSearchableFields: ['subject'],
      description: label(
        'Meldinger redaktører har sendt til deltakerne på en gjennomføring eller til den som bestilte en tjeneste. Hver mottaker får sin egen e-post gjennom Utgående e-post.',
        'Messages editors sent to the people on a session or to whoever ordered a service. Each recipient gets an email of their own through the outbox.',
      ),
    },
    access: { read: editorsOnly(context), create: () => false, update: () => false, delete: () => false },
    fields: [
      readOnly({ name: 'subject', type: 'text', required: true, label: label('Emne', 'Subject') }),
      readOnly({ name: 'body', type: 'textarea', required: true, label: label('Tekst', 'Text') }),
      {
        type: 'row',
        fields: [
          readOnly({ name: 'session', type: 'relationship', relationTo: context.slugs.sessions, index: true, label: label('Gjennomføring', 'Session') }),
          readOnly({ name: 'audience', type: 'select', options: messageAudiences.map((value) => ({ value, label: audienceLabels[value] })), label: label('Mottakere', 'Recipients') }),
        ],
      },
      {
        type: 'row',
        fields: [
          readOnly({ name: 'serviceRequest', type: 'relationship', relationTo: context.slugs['service-requests'], index: true, label: label('Bestilling', 'Service request') }),
          readOnly({ name: 'step', type: 'select', options: replySteps.map((value) => ({ value, label: serviceRequestStatusLabels[value] })), label: label('Steg', 'Step') }),
        ],
      },
      {
        type: 'row',
        fields: [
          readOnly({ name: 'recipients', type: 'number', required: true, min: 0, label: label('Antall mottakere', 'Number of recipients') }),
          readOnly({ name: 'sentBy', type: 'text', label: label('Sendt av', 'Sent by') }),
        ],
      },
      // The form's key: a second submit of the same form finds this row and sends nothing.
      { name: 'idempotencyKey', type: 'text', unique: true, index: true, admin: { hidden: true } },
      {
        name: 'emails',
        type: 'join',
        collection: context.slugs['queued-emails'],
        on: 'editorMessage',
        access: { read: readsWholeCollection(context.slugs['queued-emails']) },
        label: label('E-post til hver mottaker', 'The email to each recipient'),
        defaultLimit: 50,
        admin: { allowCreate: false, defaultColumns: ['to', 'status', 'attempts', 'lastError', 'sentAt'] },
      },
      anonymisedAtField(),
    ],
  }
}
