import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`editor_messages\` ADD \`anonymised_at\` text;`)
  await db.run(sql`CREATE INDEX \`editor_messages_anonymised_at_idx\` ON \`editor_messages\` (\`anonymised_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`editor_messages_anonymised_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`editor_messages\` DROP COLUMN \`anonymised_at\`;`)
}
