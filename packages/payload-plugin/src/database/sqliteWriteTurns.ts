import { setTimeout as pause } from 'node:timers/promises'
import type { Payload } from 'payload'

type Release = () => void
interface Turns {
  tail: Promise<void>
}

const turnsOf = new WeakMap<Payload, Turns>()

// Past this a turn is taken anyway: better SQLite's own busy error than a process waiting on itself.
const waitLimitMs = 5000


async function takeTurn(turns: Turns): Promise<Release> {
  const before = turns.tail
  let release!: Release
  const mine = new Promise<void>((resolve) => {
    release = resolve
  })
  turns.tail = before.then(() => mine)
  await Promise.race([before, pause(waitLimitMs, undefined, { ref: false })])
  let released = false
  return () => {
    if (released) return
    released = true
    release()
  }
}

/**
 * libsql runs each statement synchronously, so a statement that waits for SQLite's write lock blocks
 * the whole process: when the lock is held by a transaction of this same process, that transaction
 * cannot go on, and both fail after the busy timeout (the process frozen meanwhile). So on SQLite the
 * transactions of one process take turns — every one Payload begins (an editor's save, the jobs
 * queue's bookkeeping, the outbox's sign-up) — and the plugin's single statements take a turn too
 * (`inWriteTurn`), first come first served. Other processes still share the file through SQLite's own lock.
 */
export function takeTurnsForTransactions(payload: Payload): void {
  if (payload.db.name !== 'sqlite' || turnsOf.has(payload)) return
  const turns: Turns = { tail: Promise.resolve() }
  turnsOf.set(payload, turns)
  const db = payload.db
  const begin = db.beginTransaction.bind(db)
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  const releases = new Map<string | number, Release>()
  const end = (id: unknown) => {
    const key = id as string | number
    releases.get(key)?.()
    releases.delete(key)
  }
  db.beginTransaction = async (options) => {
    const release = await takeTurn(turns)
    try {
      const id = await begin(options)
      if (id === null || id === undefined) release()
      else releases.set(id, release)
      return id
    } catch (error) {
      release()
      throw error
    }
  }
  db.commitTransaction = async (id) => {
    try {
      await commit(id)
    } finally {
      end(await id)
    }
  }
  db.rollbackTransaction = async (id) => {
    try {
      await rollback(id)
    } finally {
      end(await id)
    }
  }
}

/** Runs one autocommit statement in its turn among this process's transactions on SQLite (see above). */
export async function inWriteTurn<T>(payload: Payload, statement: () => Promise<T>): Promise<T> {
  const turns = turnsOf.get(payload)
  if (!turns) return statement()
  const release = await takeTurn(turns)
  try {
    return await statement()
  } finally {
    release()
  }
}
