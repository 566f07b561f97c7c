import type { CollectionConfig } from 'payload'
import { locales, serviceRequestStatuses } from '@kurskatalog/contract'
import { editorsOnly } from '../../access/editorsOnly.js'
import { label, peopleGroup } from '../../labels.js'
import { anonymisedAtField } from '../../retention/anonymisedAtField.js'
import { retentionPolicyText } from '../../retention/policyText.js'
import { sentEmailsField } from '../../fields/sentEmailsField.js'
import type { CatalogContext } from '../../types.js'
import { stepMessageDraftEndpoint, stepMessagePreviewEndpoint } from '../../endpoints/organiser/stepMessageEndpoints.js'
import { editorMessagesField } from '../../fields/editorMessagesField.js'
import { stepMessageFields } from '../../fields/stepMessageFields.js'
import { checkStepMessage } from './hooks/checkStepMessage.js'
import { sendStepMessage } from './hooks/sendStepMessage.js'
import { stampClosedAt } from './hooks/stampClosedAt.js'
import { serviceRequestStatusLabels } from './statusLabels.js'

/** An agency's order of a facilitator service, worked through new → in dialogue → confirmed/declined → delivered. */
export function buildServiceRequests(context: CatalogContext): CollectionConfig {
  const editors = editorsOnly(context)
  return {
    slug: context.slugs['service-requests'],
    labels: { singular: label('Bestilling', 'Service request'), plural: label('Bestillinger', 'Service requests') },
    admin: {
      group: peopleGroup,
      useAsTitle: 'agency',
      defaultColumns: ['agency', 'service', 'contactName', 'status', 'createdAt'],
      listSearchableFields: ['agency', 'contactName', 'email'],
      description: retentionPolicyText(context, { nb: 'at bestillingen ble avslått eller levert', en: 'the request was declined or delivered' }),
    },
    access: { read: editors, create: editors, update: editors, delete: editors },
    // The messages to the requester: a draft for a step, and a preview (editors only).
    endpoints: [stepMessageDraftEndpoint(context), stepMessagePreviewEndpoint(context)],
    hooks: { beforeChange: [checkStepMessage, stampClosedAt], afterChange: [sendStepMessage(context)] },
    fields: [
      { name: 'service', type: 'relationship', relationTo: context.slugs.services, required: true, label: label('Tjeneste', 'Service') },
      {
        type: 'row',
        fields: [
          { name: 'contactName', type: 'text', required: true, maxLength: 120, label: label('Kontaktperson', 'Contact') },
          { name: 'email', type: 'email', required: true, label: label('E-post', 'Email') },
          { name: 'phone', type: 'text', maxLength: 40, label: label('Telefon', 'Phone') },
        ],
      },
      { name: 'agency', type: 'text', required: true, maxLength: 160, label: label('Virksomhet', 'Agency') },
      {
        type: 'row',
        fields: [
          { name: 'wishedDates', type: 'textarea', required: true, maxLength: 500, label: label('Ønsket tidspunkt', 'Wished dates') },
          { name: 'groupSize', type: 'number', required: true, min: 1, max: 2000, label: label('Antall deltakere', 'Group size') },
        ],
      },
      { name: 'description', type: 'textarea', required: true, maxLength: 4000, label: label('Beskrivelse av behovet', 'What they need') },
      ...stepMessageFields(context),
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'new',
        index: true,
        label: label('Status', 'Status'),
        options: serviceRequestStatuses.map((value) => ({ value, label: serviceRequestStatusLabels[value] })),
        admin: { position: 'sidebar' },
      },
      { name: 'internalNotes', type: 'textarea', label: label('Interne notater', 'Internal notes'), admin: { position: 'sidebar' } },
      {
        name: 'locale',
        type: 'select',
        defaultValue: 'nb',
        label: label('Språk for e-post', 'Email language'),
        options: locales.map((value) => ({ value, label: value })),
        admin: { position: 'sidebar' },
      },
      { name: 'sourceOrigin', type: 'text', label: label('Bestilt fra nettsted', 'Ordered from site'), admin: { readOnly: true, position: 'sidebar' } },
      {
        name: 'closedAt',
        type: 'date',
        index: true,
        label: label('Avsluttet', 'Closed at'),
        admin: { readOnly: true, position: 'sidebar', description: label('Da bestillingen ble avslått eller levert.', 'When the request was declined or delivered.') },
      },
      anonymisedAtField(),
      { name: 'idempotencyKey', type: 'text', unique: true, index: true, admin: { hidden: true } },
      editorMessagesField(context, 'serviceRequest'),
      sentEmailsField(context, 'serviceRequest'),
    ],
  }
}
