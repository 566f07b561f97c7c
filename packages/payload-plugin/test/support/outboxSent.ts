import type { Payload } from 'payload'

/** Resolves once no queued email is waiting or being sent: what the steps before it sent has gone out. */
export async function outboxSent(payload: Payload, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const pending = await payload.count({ collection: 'queued-emails', where: { status: { in: ['queued', 'sending'] } } })
    if (pending.totalDocs === 0) return
    if (Date.now() > until) throw new Error(`${pending.totalDocs} queued emails were still not sent`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
