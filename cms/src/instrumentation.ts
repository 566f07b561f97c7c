/**
 * Starts Payload — and with it the jobs queue's runner — when the server starts, not on the first
 * request: after a restart, emails and recounts waiting in the queue go out with no visitor needed.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('@payload-config')])
  await getPayload({ config, cron: true })
}
