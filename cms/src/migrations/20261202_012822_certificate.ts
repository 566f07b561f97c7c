import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`courses\` ADD \`certificate\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` ADD \`version_certificate\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`programmes\` ADD \`certificate\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_programmes_v\` ADD \`version_certificate\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`certificate_sent_at\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`courses\` DROP COLUMN \`certificate\`;`)
  await db.run(sql`ALTER TABLE \`_courses_v\` DROP COLUMN \`version_certificate\`;`)
  await db.run(sql`ALTER TABLE \`programmes\` DROP COLUMN \`certificate\`;`)
  await db.run(sql`ALTER TABLE \`_programmes_v\` DROP COLUMN \`version_certificate\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`certificate_sent_at\`;`)
}
