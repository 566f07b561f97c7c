import { readFile, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

export interface SiteServerOptions {
  /** The folder whose files are the site. */
  root: string
  /** Where the CMS runs, e.g. `http://localhost:3000`. Written into the pages wherever they say `{{CMS_URL}}`. */
  cmsUrl: string
  /** Default 0: any free port. */
  port?: number
  /** Default: every interface, so both `localhost` and `127.0.0.1` reach it. */
  host?: string
  /** Extra headers on every page (HTML) answer, e.g. a Content-Security-Policy. */
  pageHeaders?: Record<string, string>
}

export interface SiteServer {
  /** e.g. `http://localhost:4000`. */
  url: string
  port: number
  close(): Promise<void>
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

const escapeAttribute = (value: string) =>
  value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

/** The file a URL path names: `/` is index.html, `/tjenester` is tjenester.html. Null if it leaves the root. */
async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  const wanted = path.join(root, path.normalize(decoded))
  if (wanted !== root && !wanted.startsWith(root + path.sep)) return null
  const candidates = decoded.endsWith('/')
    ? [path.join(wanted, 'index.html')]
    : [wanted, `${wanted}.html`, path.join(wanted, 'index.html')]
  for (const candidate of candidates) {
    const info = await stat(candidate).catch(() => null)
    if (info?.isFile()) return candidate
  }
  return null
}

/**
 * A small static file server for an example site. Pages are served as a webmaster wrote them,
 * except that `{{CMS_URL}}` becomes the running CMS's address, so one site works against any port.
 */
export async function serveSite(options: SiteServerOptions): Promise<SiteServer> {
  const root = path.resolve(options.root)
  const cmsUrl = escapeAttribute(options.cmsUrl.replace(/\/+$/, ''))

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end()
      return
    }
    const { pathname } = new URL(req.url ?? '/', 'http://site.invalid')
    const found = await resolveFile(root, pathname)
    const file = found ?? path.join(root, '404.html')
    const type = contentTypes[path.extname(file)] ?? 'application/octet-stream'
    const raw = await readFile(file).catch(() => null)
    if (!raw) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Fant ikke siden.')
      return
    }
    const isPage = type.startsWith('text/html')
    const body = isPage ? Buffer.from(raw.toString('utf8').replaceAll('{{CMS_URL}}', cmsUrl)) : raw
    res.writeHead(found ? 200 : 404, {
      'Content-Type': type,
      'Content-Length': body.length,
      // The example changes while people work on it; never let a browser keep a stale copy.
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      ...(isPage ? options.pageHeaders : {}),
    })
    res.end(req.method === 'HEAD' ? undefined : body)
  }

  const server = createServer((req, res) => {
    answer(req, res).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://localhost:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
