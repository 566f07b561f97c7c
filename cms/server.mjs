// The CMS's production server: Next.js behind a plain Node.js HTTP server, so the plugin's public-read
// lane (see `publicReadLane` in @kurskatalog/payload-plugin) answers the hottest public reads without
// Next.js's per-request pipeline. Everything else is Next.js's, as under `next start`.
//
//   node server.mjs [-p <port>] [-H <host>]      (or PORT=<port>; defaults 3000 and every interface)
import { createServer } from 'node:http'
import { parseArgs } from 'node:util'
import next from 'next'

/** `publicReadLaneKey` in the plugin: where the app leaves its lane once Payload has started. */
const laneKey = Symbol.for('kurskatalog.publicReadLane')

const { values } = parseArgs({ options: { port: { type: 'string', short: 'p' }, hostname: { type: 'string', short: 'H' } } })
const port = Number(values.port ?? process.env.PORT ?? 3000)
const hostname = values.hostname

const app = next({ dev: false, dir: import.meta.dirname, hostname, port })
const handle = app.getRequestHandler()
await app.prepare()

const server = createServer((request, response) => {
  const lane = globalThis[laneKey]
  if (lane?.(request, response)) return
  void handle(request, response)
})
server.listen(port, hostname, () => {
  console.log(`Kurskatalog is ready on http://${hostname ?? 'localhost'}:${port}`)
})
// On a stop: take no new connections, let the answers under way finish (for at most 5 s), then go.
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => {
    server.close(() => process.exit(0))
    server.closeIdleConnections()
    setTimeout(() => process.exit(0), 5_000).unref()
  })
}
