import type { CollectionConfig } from 'payload'
import { editorsOnly } from '../../access/editorsOnly.js'
import { label } from '../../labels.js'
import type { CatalogContext } from '../../types.js'

/**
 * One reminder given: a registration reminded of one meeting at one start time. Its `key` is unique: a
 * runner claims the reminder by inserting the row (`claimed`), and turns it `queued` in the transaction
 * that queues its email, so two runners (or a run after a restart) never both send it. A meeting an
 * editor moves has a new start, so a new key: the new time gets its own reminder. Ids and times only, no
 * personal data; only the plugin writes it.
 */
export function buildReminders(context: CatalogContext): CollectionConfig {
  return {
    slug: context.slugs.reminders,
    labels: { singular: label('Påminnelse', 'Reminder'), plural: label('Påminnelser', 'Reminders') },
    admin: { hidden: true },
    access: { read: editorsOnly(context), create: () => false, update: () => false, delete: () => false },
    fields: [
      { name: 'key', type: 'text', required: true, unique: true, index: true },
      // Not required: a deleted registration or session leaves its reminders behind (ids and times only), keys and all.
      { name: 'registration', type: 'relationship', relationTo: context.slugs.registrations, index: true },
      { name: 'session', type: 'relationship', relationTo: context.slugs.sessions, index: true },
      // The meeting's row id in the session's `meetings`, which stays the same when its time changes.
      { name: 'meeting', type: 'text', required: true },
      { name: 'meetingStartsAt', type: 'date', required: true },
      { name: 'dueAt', type: 'date', required: true },
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'claimed',
        options: [
          { value: 'claimed', label: label('Tatt til sending', 'Claimed') },
          { value: 'queued', label: label('Lagt i utgående e-post', 'Queued') },
        ],
      },
      // When a runner claimed it (the real time): a claim left `claimed` long after, its runner died.
      { name: 'claimedAt', type: 'date', required: true },
    ],
  }
}
