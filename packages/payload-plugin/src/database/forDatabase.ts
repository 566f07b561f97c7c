import type { Payload } from 'payload'

/**
 * The implementation of `what` for the database the host app runs on: the plugin's atomic statements
 * are written for SQLite and MongoDB, and any other adapter is refused with one clear message.
 */
export function forDatabase<T>(payload: Payload, what: string, build: { sqlite: () => T; mongoose: () => T }): T {
  const name = payload.db.name
  if (name === 'sqlite' || name === 'mongoose') return build[name]()
  throw new Error(`kurskatalog: ${what} runs on SQLite and MongoDB; "${name}" is not supported yet`)
}
