import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`brochure_parts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`edition\` text NOT NULL,
  	\`part\` numeric NOT NULL,
  	\`data\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`brochure_parts_edition_idx\` ON \`brochure_parts\` (\`edition\`);`)
  await db.run(sql`CREATE INDEX \`brochure_parts_updated_at_idx\` ON \`brochure_parts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`brochure_parts_created_at_idx\` ON \`brochure_parts\` (\`created_at\`);`)
  // Made brochures are a cache of public content: those kept with their file in the pdf column are made again, in parts.
  await db.run(sql`DELETE FROM \`brochures\`;`)
  await db.run(sql`ALTER TABLE \`brochures\` ADD \`parts\` numeric;`)
  await db.run(sql`ALTER TABLE \`brochures\` DROP COLUMN \`pdf\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`brochure_parts_id\` integer REFERENCES brochure_parts(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_brochure_parts_id_idx\` ON \`payload_locked_documents_rels\` (\`brochure_parts_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`brochure_parts\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`editor_messages_id\` integer,
  	\`attendance_id\` integer,
  	\`brochures_id\` integer,
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
  	FOREIGN KEY (\`reminders_id\`) REFERENCES \`reminders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`editor_messages_id\`) REFERENCES \`editor_messages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`attendance_id\`) REFERENCES \`attendance\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`brochures_id\`) REFERENCES \`brochures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "media_id", "courses_id", "programmes_id", "services_id", "sessions_id", "registrations_id", "service_requests_id", "facilitators_id", "locations_id", "topics_id", "agencies_id", "session_seats_id", "rate_limits_id", "queued_emails_id", "catalog_versions_id", "reminders_id", "editor_messages_id", "attendance_id", "brochures_id") SELECT "id", "order", "parent_id", "path", "users_id", "media_id", "courses_id", "programmes_id", "services_id", "sessions_id", "registrations_id", "service_requests_id", "facilitators_id", "locations_id", "topics_id", "agencies_id", "session_seats_id", "rate_limits_id", "queued_emails_id", "catalog_versions_id", "reminders_id", "editor_messages_id", "attendance_id", "brochures_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_editor_messages_id_idx\` ON \`payload_locked_documents_rels\` (\`editor_messages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_attendance_id_idx\` ON \`payload_locked_documents_rels\` (\`attendance_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_brochures_id_idx\` ON \`payload_locked_documents_rels\` (\`brochures_id\`);`)
  await db.run(sql`ALTER TABLE \`brochures\` ADD \`pdf\` text;`)
  await db.run(sql`ALTER TABLE \`brochures\` DROP COLUMN \`parts\`;`)
}
