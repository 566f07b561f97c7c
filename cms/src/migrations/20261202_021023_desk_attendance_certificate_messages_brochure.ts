import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`editor_messages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subject\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`session_id\` integer,
  	\`audience\` text,
  	\`service_request_id\` integer,
  	\`step\` text,
  	\`recipients\` numeric NOT NULL,
  	\`sent_by\` text,
  	\`idempotency_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`session_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`service_request_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`editor_messages_session_idx\` ON \`editor_messages\` (\`session_id\`);`)
  await db.run(sql`CREATE INDEX \`editor_messages_service_request_idx\` ON \`editor_messages\` (\`service_request_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`editor_messages_idempotency_key_idx\` ON \`editor_messages\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`editor_messages_updated_at_idx\` ON \`editor_messages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`editor_messages_created_at_idx\` ON \`editor_messages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`attendance\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`registration_id\` integer,
  	\`session_id\` integer,
  	\`meeting\` text NOT NULL,
  	\`present\` integer DEFAULT false NOT NULL,
  	\`marked_at\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`registration_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`session_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`attendance_key_idx\` ON \`attendance\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`attendance_registration_idx\` ON \`attendance\` (\`registration_id\`);`)
  await db.run(sql`CREATE INDEX \`attendance_session_idx\` ON \`attendance\` (\`session_id\`);`)
  await db.run(sql`CREATE INDEX \`attendance_updated_at_idx\` ON \`attendance\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`attendance_created_at_idx\` ON \`attendance\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`brochures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`edition\` text NOT NULL,
  	\`options\` text NOT NULL,
  	\`choices\` text NOT NULL,
  	\`stamp\` text NOT NULL,
  	\`status\` text DEFAULT 'rendering' NOT NULL,
  	\`origin\` text,
  	\`pdf\` text,
  	\`etag\` text,
  	\`bytes\` numeric,
  	\`rendered_at\` text,
  	\`error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`brochures_edition_idx\` ON \`brochures\` (\`edition\`);`)
  await db.run(sql`CREATE INDEX \`brochures_options_idx\` ON \`brochures\` (\`options\`);`)
  await db.run(sql`CREATE INDEX \`brochures_stamp_idx\` ON \`brochures\` (\`stamp\`);`)
  await db.run(sql`CREATE INDEX \`brochures_updated_at_idx\` ON \`brochures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`brochures_created_at_idx\` ON \`brochures\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`courses\` ADD \`certificate\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_certificate\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`programmes\` ADD \`certificate\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_programmes_v\` ADD \`version_certificate\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`min_participants\` numeric;`)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`completion_minimum\` numeric;`)
  await db.run(sql`ALTER TABLE \`sessions\` ADD \`attendance_settled_at\` text;`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`certificate_sent_at\` text;`)
  await db.run(sql`ALTER TABLE \`queued_emails\` ADD \`editor_message_id\` integer REFERENCES editor_messages(id);`)
  await db.run(sql`CREATE INDEX \`queued_emails_editor_message_idx\` ON \`queued_emails\` (\`editor_message_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`editor_messages_id\` integer REFERENCES editor_messages(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`attendance_id\` integer REFERENCES attendance(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`brochures_id\` integer REFERENCES brochures(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_editor_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`editor_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attendance_id_idx\` ON \`payload_locked_documents_rels\` (\`attendance_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_brochures_id_idx\` ON \`payload_locked_documents_rels\` (\`brochures_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`editor_messages\`;`)
  await db.run(sql`DROP TABLE \`attendance\`;`)
  await db.run(sql`DROP TABLE \`brochures\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_queued_emails\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`to\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`kind\` text NOT NULL,
  	\`attempts\` numeric DEFAULT 0 NOT NULL,
  	\`last_error\` text,
  	\`registration_id\` integer,
  	\`service_request_id\` integer,
  	\`claimed_at\` text,
  	\`sent_at\` text,
  	\`locale\` text,
  	\`message_id\` text NOT NULL,
  	\`text\` text NOT NULL,
  	\`html\` text NOT NULL,
  	\`attachments\` text,
  	\`anonymised_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`registration_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`service_request_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_queued_emails\`("id", "to", "subject", "status", "kind", "attempts", "last_error", "registration_id", "service_request_id", "claimed_at", "sent_at", "locale", "message_id", "text", "html", "attachments", "anonymised_at", "updated_at", "created_at") SELECT "id", "to", "subject", "status", "kind", "attempts", "last_error", "registration_id", "service_request_id", "claimed_at", "sent_at", "locale", "message_id", "text", "html", "attachments", "anonymised_at", "updated_at", "created_at" FROM \`queued_emails\`;`)
  await db.run(sql`DROP TABLE \`queued_emails\`;`)
  await db.run(sql`ALTER TABLE \`__new_queued_emails\` RENAME TO \`queued_emails\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`queued_emails_to_idx\` ON \`queued_emails\` (\`to\`);`)
  await db.run(sql`CREATE INDEX \`queued_emails_status_idx\` ON \`queued_emails\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`queued_emails_registration_idx\` ON \`queued_emails\` (\`registration_id\`);`)
  await db.run(sql`CREATE INDEX \`queued_emails_service_request_idx\` ON \`queued_emails\` (\`service_request_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`queued_emails_message_id_idx\` ON \`queued_emails\` (\`message_id\`);`)
  await db.run(sql`CREATE INDEX \`queued_emails_anonymised_at_idx\` ON \`queued_emails\` (\`anonymised_at\`);`)
  await db.run(sql`CREATE INDEX \`queued_emails_updated_at_idx\` ON \`queued_emails\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`queued_emails_created_at_idx\` ON \`queued_emails\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`media_id\` integer,
  	\`courses_id\` integer,
  	\`programmes_id\` integer,
  	\`services_id\` integer,
  	\`sessions_id\` integer,
  	\`registrations_id\` integer,
  	\`service_requests_id\` integer,
  	\`facilitators_id\` integer,
  	\`locations_id\` integer,
  	\`topics_id\` integer,
  	\`agencies_id\` integer,
  	\`session_seats_id\` integer,
  	\`rate_limits_id\` integer,
  	\`queued_emails_id\` integer,
  	\`catalog_versions_id\` integer,
  	\`reminders_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`courses_id\`) REFERENCES \`courses\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`programmes_id\`) REFERENCES \`programmes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`services_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sessions_id\`) REFERENCES \`sessions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`registrations_id\`) REFERENCES \`registrations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`service_requests_id\`) REFERENCES \`service_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`facilitators_id\`) REFERENCES \`facilitators\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`locations_id\`) REFERENCES \`locations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`agencies_id\`) REFERENCES \`agencies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`session_seats_id\`) REFERENCES \`session_seats\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rate_limits_id\`) REFERENCES \`rate_limits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`queued_emails_id\`) REFERENCES \`queued_emails\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`catalog_versions_id\`) REFERENCES \`catalog_versions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`reminders_id\`) REFERENCES \`reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "media_id", "courses_id", "programmes_id", "services_id", "sessions_id", "registrations_id", "service_requests_id", "facilitators_id", "locations_id", "topics_id", "agencies_id", "session_seats_id", "rate_limits_id", "queued_emails_id", "catalog_versions_id", "reminders_id") SELECT "id", "order", "parent_id", "path", "users_id", "media_id", "courses_id", "programmes_id", "services_id", "sessions_id", "registrations_id", "service_requests_id", "facilitators_id", "locations_id", "topics_id", "agencies_id", "session_seats_id", "rate_limits_id", "queued_emails_id", "catalog_versions_id", "reminders_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_courses_id_idx\` ON \`payload_locked_documents_rels\` (\`courses_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_programmes_id_idx\` ON \`payload_locked_documents_rels\` (\`programmes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_services_id_idx\` ON \`payload_locked_documents_rels\` (\`services_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sessions_id_idx\` ON \`payload_locked_documents_rels\` (\`sessions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_registrations_id_idx\` ON \`payload_locked_documents_rels\` (\`registrations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_service_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`service_requests_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_facilitators_id_idx\` ON \`payload_locked_documents_rels\` (\`facilitators_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_locations_id_idx\` ON \`payload_locked_documents_rels\` (\`locations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_agencies_id_idx\` ON \`payload_locked_documents_rels\` (\`agencies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_session_seats_id_idx\` ON \`payload_locked_documents_rels\` (\`session_seats_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rate_limits_id_idx\` ON \`payload_locked_documents_rels\` (\`rate_limits_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_queued_emails_id_idx\` ON \`payload_locked_documents_rels\` (\`queued_emails_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_catalog_versions_id_idx\` ON \`payload_locked_documents_rels\` (\`catalog_versions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_reminders_id_idx\` ON \`payload_locked_documents_rels\` (\`reminders_id\`);`)
  await db.run(sql`ALTER TABLE \`courses\` DROP COLUMN \`certificate\`;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` DROP COLUMN \`version_certificate\`;`)
  await db.run(sql`ALTER TABLE \`programmes\` DROP COLUMN \`certificate\`;`)
  await db.run(sql`ALTER TABLE \`_programmes_v\` DROP COLUMN \`version_certificate\`;`)
  await db.run(sql`ALTER TABLE \`sessions\` DROP COLUMN \`min_participants\`;`)
  await db.run(sql`ALTER TABLE \`sessions\` DROP COLUMN \`completion_minimum\`;`)
  await db.run(sql`ALTER TABLE \`sessions\` DROP COLUMN \`attendance_settled_at\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`certificate_sent_at\`;`)
}
