import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { mongoAdapterTestArgs, mongoTestUri } from '@kurskatalog/test-support'
import type { DatabaseAdapterObj } from 'payload'
import { sqliteTestDatabase } from './sqlite.js'

export interface TestDatabase {
  adapter: DatabaseAdapterObj
  stop: () => Promise<void>
}

/** The two databases every suite runs on: an SQLite file, and MongoDB (jongodb here; a real one when MONGODB_URI is set). */
export const testDatabases: { name: 'sqlite' | 'mongodb'; start: () => Promise<TestDatabase> }[] = [
  {
    name: 'sqlite',
    start: async () => {
      const database = sqliteTestDatabase()
      return { adapter: database.adapter, stop: async () => database.cleanup() }
    },
  },
  {
    name: 'mongodb',
    start: async () => {
      const server = await mongoTestUri()
      return { adapter: mongooseAdapter(mongoAdapterTestArgs(server, { transactionOptions: {} })), stop: server.stop }
    },
  },
]
