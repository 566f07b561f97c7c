import type { CollectionConfig } from 'payload'
import { editorsOnly } from '../../access/editorsOnly.js'
import { label } from '../../labels.js'
import type { CatalogContext } from '../../types.js'

/**
 * Who was present at one gathering: one row per registration and meeting, its `key` unique. A row of its own
 * rather than an array on the registration, so two editors marking at once (two gatherings, or two people)
 * each write only their own marks and never save over the other's, and so a mark never runs the
 * registration's seat hooks: marking attendance moves no seat. Ids and a yes/no only; only the plugin's
 * attendance endpoint writes it (editors read it).
 */
export function buildAttendance(context: CatalogContext): CollectionConfig {
  return {
    slug: context.slugs.attendance,
    labels: { singular: label('Oppmøte', 'Attendance'), plural: label('Oppmøte', 'Attendance') },
    admin: { hidden: true },
    // Named for one mark, since the collection's label is the same in the singular and the plural.
    graphQL: { singularName: 'AttendanceMark', pluralName: 'AttendanceMarks' },
    access: { read: editorsOnly(context), create: () => false, update: () => false, delete: () => false },
    fields: [
      // `registration:meeting`: one mark per person and gathering, whoever writes it and however often.
      { name: 'key', type: 'text', required: true, unique: true, index: true },
      // Not required: a deleted registration or session leaves its marks behind (ids only), never read again.
      { name: 'registration', type: 'relationship', relationTo: context.slugs.registrations, index: true },
      { name: 'session', type: 'relationship', relationTo: context.slugs.sessions, index: true },
      // The meeting's row id in the session's `meetings`, which stays the same when its time changes.
      { name: 'meeting', type: 'text', required: true },
      { name: 'present', type: 'checkbox', required: true, defaultValue: false, label: label('Til stede', 'Present') },
      { name: 'markedAt', type: 'date', required: true },
    ],
  }
}
