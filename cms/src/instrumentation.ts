/**
 * Starts Payload — and with it the jobs queue's runner — when the server starts, not on the first
 * request: after a restart, emails and recounts waiting in the queue go out with no visitor needed.
 * Then offers the plugin's public-read lane to `server.mjs`, which answers the hottest public reads
 * before Next.js (under `next start` or `next dev`, nothing looks for it and the route handlers answer).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }, { installPublicReadLane }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
    import('@kurskatalog/payload-plugin/routes'),
  ])
  installPublicReadLane(await getPayload({ config, cron: true }))
}
