import type { CollectionConfig } from 'payload'
import { completionMinimumField, locales, minParticipantsField, reminderDaysField } from '@kurskatalog/contract'
import { editorsOnlyField } from '../../access/editorsOnly.js'
import { readsWholeCollection } from '../../access/readsWholeCollection.js'
import { registerAccess } from '../../access/registerAccess.js'
import { attendanceViewPath } from '../../admin/meetingLabel.js'
import { embedSnippetField } from '../../fields/embedSnippetField.js'
import { markAttendanceEndpoint } from '../../endpoints/organiser/markAttendanceEndpoint.js'
import { meetingAttendanceEndpoint } from '../../endpoints/organiser/meetingAttendanceEndpoint.js'
import { participantsEndpoint } from '../../endpoints/organiser/participantsEndpoint.js'
import { participantsCsvEndpoint, participantsXlsxEndpoint } from '../../endpoints/organiser/participantsExportEndpoints.js'
import { sessionMessageEndpoint, sessionMessagePreviewEndpoint } from '../../endpoints/organiser/sessionMessageEndpoints.js'
import { signInSheetEndpoint } from '../../endpoints/organiser/signInSheetEndpoint.js'
import { editorMessagesField } from '../../fields/editorMessagesField.js'
import { catalogGroup, label } from '../../labels.js'
import type { CatalogContext } from '../../types.js'
import { deriveSessionTimes } from './hooks/deriveSessionTimes.js'
import { nameSession } from './hooks/nameSession.js'
import { notifyOnCancel } from './hooks/notifyOnCancel.js'
import { openSeatLedger } from './hooks/openSeatLedger.js'
import { promoteOnMoreSeats } from './hooks/promoteOnMoreSeats.js'
import { refuseNumberAsSent } from './hooks/refuseNumberAsSent.js'
import { requireOfferingOfKind } from './requireOfferingOfKind.js'
import { minParticipantsRefusal, validateMinParticipants } from './validateMinParticipants.js'
import { completionMinimumRefusal, validateCompletionMinimum } from './validateCompletionMinimum.js'
import { reminderDaysRefusal, validateReminderDays } from './validateReminderDays.js'

const languageLabels: Record<(typeof locales)[number], Record<string, string>> = {
  nb: label('Bokmål', 'Norwegian Bokmål'),
  nn: label('Nynorsk', 'Norwegian Nynorsk'),
  en: label('Engelsk', 'English'),
}

/** One scheduled run of a course, or one cohort of a programme, with one or more meetings. */
export function buildSessions(context: CatalogContext): CollectionConfig {
  return {
    slug: context.slugs.sessions,
    labels: { singular: label('Gjennomføring', 'Session'), plural: label('Gjennomføringer', 'Sessions') },
    admin: {
      group: catalogGroup,
      useAsTitle: 'name',
      defaultColumns: ['name', 'startsAt', 'capacity', 'status'],
      components: {
        views: {
          edit: {
            // One gathering's attendance screen, linked from the Deltakere block: `…/sessions/:id/oppmote/:meetingId`.
            attendance: {
              path: `${attendanceViewPath}/:meeting`,
              Component: { path: '@kurskatalog/payload-plugin/admin#MeetingAttendance', clientProps: { sessionsSlug: context.slugs.sessions } },
            },
          },
        },
      },
      description: label(
        'Én gjennomføring av et kurs, eller ett kull av et program, med dato, sted, plasser og frist.',
        'One run of a course, or one cohort of a programme, with dates, place, seats and deadline.',
      ),
    },
    // Dates and places are public; who signed up is not (registrations and the join to them guard themselves).
    access: registerAccess(context),
    // The organiser's desk: who is on the session, its exports, sign-in sheet and messages, attendance per gathering (editors only).
    endpoints: [
      participantsEndpoint(context),
      participantsCsvEndpoint(context),
      participantsXlsxEndpoint(context),
      signInSheetEndpoint(context),
      sessionMessagePreviewEndpoint(context),
      sessionMessageEndpoint(context),
      meetingAttendanceEndpoint(context),
      markAttendanceEndpoint(context),
    ],
    hooks: {
      beforeOperation: [
        refuseNumberAsSent('reminderDays', reminderDaysField, reminderDaysRefusal),
        // As sent, only the form is judged; the bounds come from the seats and meetings beside it, at validation.
        refuseNumberAsSent('minParticipants', minParticipantsField(Number.POSITIVE_INFINITY), minParticipantsRefusal),
        refuseNumberAsSent('completionMinimum', completionMinimumField(Number.POSITIVE_INFINITY), (req) => completionMinimumRefusal(req)),
      ],
      beforeChange: [deriveSessionTimes, nameSession(context)],
      afterChange: [openSeatLedger(context), notifyOnCancel(context), promoteOnMoreSeats(context)],
    },
    defaultSort: 'startsAt',
    fields: [
      {
        name: 'participantsDesk',
        type: 'ui',
        label: label('Deltakere', 'Participants'),
        admin: {
          components: {
            Field: {
              path: '@kurskatalog/payload-plugin/admin#SessionParticipants',
              clientProps: { sessionsSlug: context.slugs.sessions, registrationsSlug: context.slugs.registrations },
            },
          },
        },
      },
      {
        name: 'name',
        type: 'text',
        label: label('Navn', 'Name'),
        admin: { readOnly: true, description: label('Lages av tittel og dato.', 'Made from title and date.') },
      },
      {
        name: 'kind',
        type: 'radio',
        label: label('Gjelder', 'For'),
        required: true,
        defaultValue: 'course',
        options: [
          { value: 'course', label: label('Kurs', 'Course') },
          { value: 'programme', label: label('Program (kull)', 'Programme (cohort)') },
        ],
        admin: { layout: 'horizontal' },
      },
      {
        name: 'course',
        type: 'relationship',
        relationTo: context.slugs.courses,
        index: true,
        label: label('Kurs', 'Course'),
        admin: { condition: (data) => data?.kind !== 'programme' },
        validate: requireOfferingOfKind('course'),
      },
      {
        name: 'programme',
        type: 'relationship',
        relationTo: context.slugs.programmes,
        index: true,
        label: label('Program', 'Programme'),
        admin: { condition: (data) => data?.kind === 'programme' },
        validate: requireOfferingOfKind('programme'),
      },
      {
        name: 'meetings',
        type: 'array',
        label: label('Samlinger', 'Meetings'),
        labels: { singular: label('Samling', 'Meeting'), plural: label('Samlinger', 'Meetings') },
        minRows: 1,
        maxRows: 30,
        required: true,
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'startsAt',
                type: 'date',
                required: true,
                label: label('Starter', 'Starts'),
                admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm', displayFormat: 'dd.MM.yyyy HH:mm' } },
              },
              {
                name: 'endsAt',
                type: 'date',
                required: true,
                label: label('Slutter', 'Ends'),
                admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm', displayFormat: 'dd.MM.yyyy HH:mm' } },
              },
            ],
          },
          {
            type: 'row',
            fields: [
              { name: 'location', type: 'relationship', relationTo: context.slugs.locations, label: label('Sted', 'Location') },
              {
                name: 'onlineUrl',
                type: 'text',
                label: label('Lenke til digitalt møte', 'Online meeting link'),
                maxLength: 500,
                // The way into the meeting: for the people on it (their emails and calendar files), not for anyone reading the API.
                access: { read: editorsOnlyField(context) },
              },
            ],
          },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'capacity', type: 'number', required: true, min: 1, max: 10000, label: label('Plasser', 'Seats') },
          {
            name: 'minParticipants',
            type: 'number',
            label: label('Minimum antall deltakere', 'Minimum participants'),
            validate: validateMinParticipants,
            admin: {
              step: 1,
              description: label(
                'Med færre bekreftede står gjennomføringen under «Fare for avlysning» i oversikten. Tomt: ingen minimum.',
                'With fewer confirmed, the session is listed under "Risk of cancellation" on the dashboard. Empty: no minimum.',
              ),
            },
          },
          {
            name: 'signupDeadline',
            type: 'date',
            label: label('Påmeldingsfrist', 'Sign-up deadline'),
            admin: { date: { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm', displayFormat: 'dd.MM.yyyy HH:mm' } },
          },
        ],
      },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'open',
        label: label('Status', 'Status'),
        options: [
          { value: 'open', label: label('Åpen', 'Open') },
          { value: 'cancelled', label: label('Avlyst', 'Cancelled') },
        ],
        admin: { position: 'sidebar' },
      },
      {
        name: 'waitlistEnabled',
        type: 'checkbox',
        defaultValue: true,
        label: label('Venteliste når fullt', 'Waiting list when full'),
        admin: { position: 'sidebar' },
      },
      {
        name: 'reminderDays',
        type: 'number',
        label: label('Påminnelse, dager før', 'Reminder, days before'),
        validate: validateReminderDays,
        admin: {
          position: 'sidebar',
          step: 1,
          description: context.reminders
            ? label(
                `E-post til hver påmeldt så mange dager før første samling (for program: før hver samling), på samme klokkeslett. Tomt: ${context.reminders.daysBefore}. 0: ingen påminnelse.`,
                `Email to each participant this many days before the first meeting (programmes: before each meeting), at the same time of day. Empty: ${context.reminders.daysBefore}. 0: no reminder.`,
              )
            : label('Påminnelser er slått av i kurskatalogen.', 'Reminders are turned off in the catalogue.'),
        },
      },
      {
        name: 'completionMinimum',
        type: 'number',
        label: label('Fullført ved oppmøte på minst … samlinger', 'Completed when present at least … meetings'),
        validate: validateCompletionMinimum,
        admin: {
          position: 'sidebar',
          step: 1,
          description: label(
            'Hvor mange av samlingene en deltaker må være til stede på for å ha fullført. Tomt: alle.',
            'How many of the meetings a participant must be present at to have completed. Empty: all of them.',
          ),
        },
      },
      {
        name: 'attendanceSettledAt',
        type: 'date',
        label: label('Oppmøte ført som status', 'Attendance turned into statuses'),
        // The desk's own bookkeeping: nothing for a public reader of the session.
        access: { read: editorsOnlyField(context) },
        admin: {
          readOnly: true,
          position: 'sidebar',
          condition: (data) => Boolean(data?.attendanceSettledAt),
          description: label(
            'Etter siste samling fikk hver bekreftet deltaker status Møtte eller Møtte ikke etter oppmøtet. Du kan fortsatt endre statusen på hver påmelding.',
            'After the last meeting each confirmed participant was set to Attended or No-show from their attendance. You can still change each registration.',
          ),
        },
      },
      {
        name: 'language',
        type: 'select',
        required: true,
        defaultValue: 'nb',
        label: label('Språk', 'Language'),
        options: locales.map((value) => ({ value, label: languageLabels[value] })),
        admin: { position: 'sidebar' },
      },
      {
        name: 'startsAt',
        type: 'date',
        index: true,
        label: label('Første samling', 'First meeting'),
        admin: { readOnly: true, position: 'sidebar' },
      },
      { name: 'endsAt', type: 'date', label: label('Siste samling slutter', 'Last meeting ends'), admin: { readOnly: true, position: 'sidebar' } },
      embedSnippetField(context, 'session'),
      {
        name: 'registrations',
        type: 'join',
        collection: context.slugs.registrations,
        on: 'session',
        // Who signed up, and how many: not to be listed, filtered or sorted by without reading registrations.
        access: { read: readsWholeCollection(context.slugs.registrations) },
        label: label('Påmeldte', 'Signed up'),
        defaultLimit: 50,
        admin: { defaultColumns: ['name', 'email', 'agency', 'status', 'waitlistPosition'] },
      },
      editorMessagesField(context, 'session'),
    ],
  }
}
