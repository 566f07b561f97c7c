import { locales } from '@kurskatalog/contract'
import type { CollectionConfig, Field } from 'payload'
import { editorsOnly } from '../../access/editorsOnly.js'
import { retryEmailEndpoint } from '../../endpoints/admin/retryEmailEndpoint.js'
import { emailKinds, emailStatuses, type EmailKind, type EmailStatus } from '../../email/outbox/queuedEmailDoc.js'
import { label, peopleGroup } from '../../labels.js'
import { anonymisedAtField } from '../../retention/anonymisedAtField.js'
import type { CatalogContext } from '../../types.js'

const statusLabels: Record<EmailStatus, Record<string, string>> = {
  queued: label('I kø', 'Queued'),
  sending: label('Sendes', 'Sending'),
  sent: label('Sendt', 'Sent'),
  failed: label('Feilet', 'Failed'),
}

const kindLabels: Record<EmailKind, Record<string, string>> = {
  'signup-confirmed': label('Påmelding bekreftet', 'Sign-up confirmed'),
  'signup-pending': label('Venter på godkjenning', 'Pending approval'),
  'signup-waitlisted': label('Venteliste', 'Waiting list'),
  promotion: label('Fått plass fra venteliste', 'Moved up from the waiting list'),
  cancellation: label('Avmelding', 'Cancellation'),
  'waitlist-left': label('Forlot ventelisten', 'Left the waiting list'),
  'session-cancelled': label('Gjennomføring avlyst', 'Session cancelled'),
  'service-request-receipt': label('Kvittering for bestilling', 'Service request receipt'),
  'approval-request': label('Til leder: godkjenn påmelding', 'To the leader: approve the sign-up'),
  'approval-confirmed': label('Påmelding godkjent av leder', 'Sign-up approved by the leader'),
  'approval-leader-copy': label('Til leder: kopi av bekreftelsen', 'To the leader: copy of the confirmation'),
  'approval-declined': label('Påmelding avslått av leder', 'Sign-up declined by the leader'),
  'approval-expired': label('Leder svarte ikke i tide', 'The leader did not answer in time'),
  reminder: label('Påminnelse', 'Reminder'),
  'editor-message': label('Melding fra redaktør', 'Message from an editor'),
  'service-request-reply': label('Svar på bestilling', 'Reply to a service request'),
  certificate: label('Kursbevis', 'Course certificate'),
}

const readOnly = <T extends Field>(field: T): T => ({ ...field, admin: { ...field.admin, readOnly: true } })

/**
 * The outbox: each email the catalogue sends, stored in the same transaction as the change that
 * causes it and sent by a job after the commit (see `jobs/sendEmailTask.ts`). Editors read it, failed
 * ones included; only the plugin writes it. Personal data: editors only.
 */
export function buildQueuedEmails(context: CatalogContext): CollectionConfig {
  return {
    slug: context.slugs['queued-emails'],
    labels: { singular: label('Utgående e-post', 'Outgoing email'), plural: label('Utgående e-post', 'Outgoing email') },
    admin: {
      group: peopleGroup,
      useAsTitle: 'subject',
      defaultColumns: ['subject', 'to', 'kind', 'status', 'attempts', 'lastError', 'createdAt'],
      listSearchableFields: ['to', 'subject'],
      description: label(
        'E-post fra kurskatalogen. Sendes av jobbkøen rett etter lagring; feilede forsøk prøves igjen, og til slutt står e-posten som «Feilet». «Feilede e-poster» i menyen viser dem; åpne en for å se feilen og prøve igjen.',
        'Email from the catalogue. Sent by the jobs queue right after the change is saved; failed attempts are retried, and in the end the email is marked "Failed". "Failed emails" in the menu lists them; open one to see the error and try again.',
      ),
    },
    access: { read: editorsOnly(context), create: () => false, update: () => false, delete: () => false },
    endpoints: [retryEmailEndpoint(context)],
    fields: [
      {
        name: 'retry',
        type: 'ui',
        admin: {
          position: 'sidebar',
          condition: (data) => data?.status === 'failed',
          components: { Field: { path: '@kurskatalog/payload-plugin/admin#RetryEmailButton', clientProps: { queuedEmailsSlug: context.slugs['queued-emails'] } } },
        },
      },
      readOnly({ name: 'to', type: 'email', required: true, index: true, label: label('Til', 'To') }),
      readOnly({ name: 'subject', type: 'text', required: true, label: label('Emne', 'Subject') }),
      {
        type: 'row',
        fields: [
          readOnly({
            name: 'status',
            type: 'select',
            required: true,
            index: true,
            defaultValue: 'queued',
            options: emailStatuses.map((value) => ({ value, label: statusLabels[value] })),
            label: label('Status', 'Status'),
          }),
          readOnly({ name: 'kind', type: 'select', required: true, options: emailKinds.map((value) => ({ value, label: kindLabels[value] })), label: label('Type', 'Kind') }),
          readOnly({ name: 'attempts', type: 'number', required: true, defaultValue: 0, label: label('Forsøk', 'Attempts') }),
        ],
      },
      readOnly({ name: 'lastError', type: 'textarea', label: label('Siste feil', 'Last error') }),
      {
        type: 'row',
        fields: [
          readOnly({ name: 'registration', type: 'relationship', relationTo: context.slugs.registrations, index: true, label: label('Påmelding', 'Registration') }),
          readOnly({
            name: 'serviceRequest',
            type: 'relationship',
            relationTo: context.slugs['service-requests'],
            index: true,
            label: label('Bestilling', 'Service request'),
          }),
          readOnly({
            name: 'editorMessage',
            type: 'relationship',
            relationTo: context.slugs['editor-messages'],
            index: true,
            label: label('Melding', 'Message'),
          }),
        ],
      },
      {
        type: 'row',
        fields: [
          readOnly({ name: 'claimedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: label('Tatt til sending', 'Claimed at') }),
          readOnly({ name: 'sentAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } }, label: label('Sendt', 'Sent at') }),
        ],
      },
      readOnly({ name: 'locale', type: 'select', options: [...locales], label: label('Språk', 'Language') }),
      readOnly({ name: 'messageId', type: 'text', required: true, unique: true, label: label('Message-ID', 'Message-ID') }),
      readOnly({ name: 'text', type: 'textarea', required: true, label: label('Tekst', 'Text') }),
      readOnly({ name: 'html', type: 'code', required: true, admin: { language: 'html' }, label: label('HTML', 'HTML') }),
      readOnly({ name: 'attachments', type: 'json', label: label('Vedlegg', 'Attachments') }),
      anonymisedAtField(),
    ],
  }
}
