import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`leader_email\` text;`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`approval_hold_until\` text;`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`cancel_reason\` text;`)
  await db.run(sql`ALTER TABLE \`registrations\` ADD \`approval_token\` text;`)
  await db.run(sql`CREATE UNIQUE INDEX \`registrations_approval_token_idx\` ON \`registrations\` (\`approval_token\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`registrations_approval_token_idx\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`leader_email\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`approval_hold_until\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`cancel_reason\`;`)
  await db.run(sql`ALTER TABLE \`registrations\` DROP COLUMN \`approval_token\`;`)
}
