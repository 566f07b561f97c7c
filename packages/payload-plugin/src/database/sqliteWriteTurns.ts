import type { Payload } from 'payload'

const tails = new WeakMap<Payload, Promise<unknown>>()

/**
 * libsql runs each statement synchronously, so a statement that waits for SQLite's write lock blocks
 * the whole process: if the lock is held by a transaction of this same process, that transaction can
 * never finish and both fail after the busy timeout. The plugin's own transactions on SQLite therefore
 * take turns here, and its own single statements wait until no such transaction is open.
 */
export function inWriteTurn<T>(payload: Payload, work: () => Promise<T>): Promise<T> {
  const before = tails.get(payload) ?? Promise.resolve()
  const turn = before.then(work, work)
  tails.set(
    payload,
    turn.catch(() => undefined),
  )
  return turn
}

/** Resolves once no transaction of the plugin's is open on this Payload's SQLite database. */
export async function writeTurnsIdle(payload: Payload): Promise<void> {
  for (let tail = tails.get(payload); tail; ) {
    await tail
    const next = tails.get(payload)
    if (next === tail) return
    tail = next
  }
}
