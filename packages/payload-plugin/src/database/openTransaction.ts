import type { Payload } from 'payload'

/**
 * The adapter's own handle of an open Payload transaction (on SQLite an object holding its drizzle
 * handle as `db`, on MongoDB its client session), or undefined once it has ended or when there is none.
 */
export function openTransaction(payload: Payload, id: string | number | null | undefined): unknown {
  if (id === undefined || id === null) return undefined
  return (payload.db as unknown as { sessions?: Record<string | number, unknown> }).sessions?.[id]
}
