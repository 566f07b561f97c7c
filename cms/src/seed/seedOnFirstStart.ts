import type { Payload } from 'payload'
import { seedDemoCatalog } from './seedDemoCatalog.js'

export const demoAdmin = {
  email: process.env.KK_ADMIN_EMAIL ?? 'admin@example.org',
  password: process.env.KK_ADMIN_PASSWORD ?? 'kurskatalog-demo',
}

/** Seeds the demo catalogue when the database has no users yet (a first start); KK_SEED=false turns it off. */
export async function seedOnFirstStart(payload: Payload): Promise<void> {
  if (process.env.KK_SEED === 'false') return
  const users = await payload.count({ collection: 'users' })
  if (users.totalDocs > 0) return
  const demoOrigins = (process.env.KK_DEMO_ORIGINS ?? 'http://localhost:4000,http://127.0.0.1:4000,http://localhost:4001,http://127.0.0.1:4001,http://localhost:3000,http://127.0.0.1:3000')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean)
  await seedDemoCatalog(payload, { demoOrigins, admin: demoAdmin })
}
