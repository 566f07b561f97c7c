import * as migration_20261126_205600_initial from './20261126_205600_initial';
import * as migration_20261201_185544_jobs_queue from './20261201_185544_jobs_queue';
import * as migration_20261201_192953_retention from './20261201_192953_retention';
import * as migration_20261201_202503_outbox from './20261201_202503_outbox';
import * as migration_20261201_225237_session_read_model_desk_approval_waitlist_reminders from './20261201_225237_session_read_model_desk_approval_waitlist_reminders';
import * as migration_20261202_021023_desk_attendance_certificate_messages_brochure from './20261202_021023_desk_attendance_certificate_messages_brochure';
import * as migration_20261202_042249_brochure_parts from './20261202_042249_brochure_parts';
import * as migration_20261202_044358_editor_messages_anonymised_at from './20261202_044358_editor_messages_anonymised_at';

export const migrations = [
  {
    up: migration_20261126_205600_initial.up,
    down: migration_20261126_205600_initial.down,
    name: '20261126_205600_initial',
  },
  {
    up: migration_20261201_185544_jobs_queue.up,
    down: migration_20261201_185544_jobs_queue.down,
    name: '20261201_185544_jobs_queue',
  },
  {
    up: migration_20261201_192953_retention.up,
    down: migration_20261201_192953_retention.down,
    name: '20261201_192953_retention',
  },
  {
    up: migration_20261201_202503_outbox.up,
    down: migration_20261201_202503_outbox.down,
    name: '20261201_202503_outbox',
  },
  {
    up: migration_20261201_225237_session_read_model_desk_approval_waitlist_reminders.up,
    down: migration_20261201_225237_session_read_model_desk_approval_waitlist_reminders.down,
    name: '20261201_225237_session_read_model_desk_approval_waitlist_reminders',
  },
  {
    up: migration_20261202_021023_desk_attendance_certificate_messages_brochure.up,
    down: migration_20261202_021023_desk_attendance_certificate_messages_brochure.down,
    name: '20261202_021023_desk_attendance_certificate_messages_brochure',
  },
  {
    up: migration_20261202_042249_brochure_parts.up,
    down: migration_20261202_042249_brochure_parts.down,
    name: '20261202_042249_brochure_parts',
  },
  {
    up: migration_20261202_044358_editor_messages_anonymised_at.up,
    down: migration_20261202_044358_editor_messages_anonymised_at.down,
    name: '20261202_044358_editor_messages_anonymised_at'
  },
];
