import type { CollectionConfig } from 'payload'
import { locales, registrationStatuses } from '@kurskatalog/contract'
import { editorsOnly } from '../../access/editorsOnly.js'
import { erasePersonEndpoint } from '../../endpoints/admin/erasePersonEndpoint.js'
import { certificateEndpoint } from '../../endpoints/organiser/certificateEndpoint.js'
import { label, peopleGroup } from '../../labels.js'
import { anonymisedAtField } from '../../retention/anonymisedAtField.js'
import { retentionPolicyText } from '../../retention/policyText.js'
import { sentEmailsField } from '../../fields/sentEmailsField.js'
import { cancelReasons, type CancelReason } from '../../seats/cancelReasons.js'
import type { CatalogContext } from '../../types.js'
import { statusLabels } from './statusLabels.js'
import { emailApprovalDecidedInAdmin } from './hooks/emailApprovalDecidedInAdmin.js'
import { sendCertificateWhenAttended } from './hooks/sendCertificateWhenAttended.js'
import { checkSeatsBeforeChange, freeSeatAfterChange, freeSeatAfterDelete } from './hooks/keepSeatsInStep.js'

const cancelReasonLabels: Record<CancelReason, Record<string, string>> = {
  declined: label('Avslått av leder', 'Declined by the leader'),
  'approval-expired': label('Leder svarte ikke i tide', 'The leader did not answer in time'),
  'left-waitlist': label('Forlot ventelisten', 'Left the waiting list'),
}

/** A person's place on a session. Personal data: never readable without an editor login. */
export function buildRegistrations(context: CatalogContext): CollectionConfig {
  const editors = editorsOnly(context)
  return {
    slug: context.slugs.registrations,
    labels: { singular: label('Påmelding', 'Registration'), plural: label('Påmeldinger', 'Registrations') },
    admin: {
      group: peopleGroup,
      useAsTitle: 'name',
      defaultColumns: ['name', 'email', 'agency', 'session', 'status', 'cancelReason', 'createdAt'],
      listSearchableFields: ['name', 'email', 'agency'],
      description: retentionPolicyText(context, { nb: 'at gjennomføringen er slutt', en: 'the session ended' }),
      components: {
        beforeListTable: [{ path: '@kurskatalog/payload-plugin/admin#ErasePersonForm', clientProps: { registrationsSlug: context.slugs.registrations } }],
      },
    },
    access: { read: editors, create: editors, update: editors, delete: editors },
    endpoints: [erasePersonEndpoint(context), certificateEndpoint(context)],
    hooks: {
      beforeChange: [checkSeatsBeforeChange(context)],
      afterChange: [emailApprovalDecidedInAdmin(context), freeSeatAfterChange(context), sendCertificateWhenAttended(context)],
      afterDelete: [freeSeatAfterDelete(context)],
    },
    fields: [
      {
        name: 'session',
        type: 'relationship',
        relationTo: context.slugs.sessions,
        required: true,
        index: true,
        label: label('Gjennomføring', 'Session'),
      },
      {
        type: 'row',
        fields: [
          { name: 'name', type: 'text', required: true, maxLength: 120, label: label('Navn', 'Name') },
          { name: 'email', type: 'email', required: true, label: label('E-post (jobb)', 'Work email') },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'agency', type: 'text', required: true, maxLength: 160, label: label('Virksomhet', 'Agency') },
          { name: 'role', type: 'text', maxLength: 120, label: label('Rolle', 'Role') },
        ],
      },
      {
        name: 'leaderEmail',
        type: 'email',
        label: label('Leders e-post', "Leader's email"),
        admin: {
          description: label(
            'Lederen som godkjenner påmeldingen, når kurset krever det. Sett status til Bekreftet eller Avmeldt for å avgjøre på lederens vegne.',
            'The leader who approves the sign-up, when the course needs it. Set the status to Confirmed or Cancelled to decide on their behalf.',
          ),
        },
      },
      { name: 'answers', type: 'json', label: label('Svar på spørsmål', 'Answers to questions') },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'confirmed',
        index: true,
        label: label('Status', 'Status'),
        options: registrationStatuses.map((value) => ({ value, label: statusLabels[value] })),
        admin: { position: 'sidebar' },
      },
      {
        name: 'waitlistPosition',
        type: 'number',
        index: true,
        label: label('Plass i ventelisten', 'Waiting-list number'),
        admin: {
          position: 'sidebar',
          readOnly: true,
          description: label('Rekkefølgen folk kom på ventelisten i.', 'The order people joined the waiting list in.'),
        },
      },
      {
        name: 'locale',
        type: 'select',
        defaultValue: 'nb',
        label: label('Språk for e-post', 'Email language'),
        options: locales.map((value) => ({ value, label: value })),
        admin: { position: 'sidebar' },
      },
      { name: 'sourceOrigin', type: 'text', label: label('Meldt på fra nettsted', 'Signed up from site'), admin: { readOnly: true, position: 'sidebar' } },
      { name: 'sourceUrl', type: 'text', label: label('Meldt på fra side', 'Signed up from page'), admin: { readOnly: true, position: 'sidebar' } },
      { name: 'promotedAt', type: 'date', label: label('Flyttet opp fra venteliste', 'Promoted from waiting list'), admin: { readOnly: true, position: 'sidebar' } },
      { name: 'cancelledAt', type: 'date', label: label('Avmeldt', 'Cancelled at'), admin: { readOnly: true, position: 'sidebar' } },
      {
        name: 'certificateSentAt',
        type: 'date',
        label: label('Kursbevis sendt', 'Certificate sent'),
        // Set only by the plugin, once: it is what keeps a second certificate from going out.
        access: { create: () => false, update: () => false },
        admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.certificateSentAt), date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'approvalHoldUntil',
        type: 'date',
        label: label('Plassen holdes for leder til', 'Seat held for the leader until'),
        admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      },
      {
        name: 'cancelReason',
        type: 'select',
        label: label('Årsak til avmelding', 'Why cancelled'),
        options: cancelReasons.map((value) => ({ value, label: cancelReasonLabels[value] })),
        admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.cancelReason) },
      },
      anonymisedAtField(),
      // Secrets and integrity keys: never shown, never editable in the admin.
      { name: 'cancelToken', type: 'text', unique: true, index: true, admin: { hidden: true } },
      // The leader's Godkjenn / Avslå links: given with a held seat, decided once.
      { name: 'approvalToken', type: 'text', unique: true, index: true, admin: { hidden: true } },
      { name: 'idempotencyKey', type: 'text', unique: true, index: true, admin: { hidden: true } },
      // `session:email` while the registration holds a place, so one address cannot sign up twice; freed on cancel.
      { name: 'activeKey', type: 'text', unique: true, index: true, admin: { hidden: true } },
      sentEmailsField(context, 'registration'),
    ],
  }
}
