import type { Payload } from 'payload'

const lanes = new WeakMap<Payload, Promise<unknown>>()

/**
 * Runs renders of one process one after another. Drawing a PDF is CPU work on the one thread: two at once
 * finish no sooner than one after the other, and would hold the event loop (and every transaction waiting
 * on it) twice as long. Across instances renders still run side by side.
 */
export function inRenderLane<T>(payload: Payload, render: () => Promise<T>): Promise<T> {
  const before = lanes.get(payload) ?? Promise.resolve()
  const mine = before.then(render, render)
  lanes.set(payload, mine.catch(() => undefined))
  return mine
}
