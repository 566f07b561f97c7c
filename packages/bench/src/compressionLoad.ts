import { request } from 'node:http'
import { runReadLoad, type ReadLoadOptions, type ReadLoadResult } from './readLoad.js'

/** What a client that accepts compression sends. */
export const acceptCompressed = { 'accept-encoding': 'gzip, br' } as const

/** One answer as it came over the wire: not decoded, as fetch would. */
export interface WireAnswer {
  status: number
  /** `Content-Encoding`, or `identity` when there is none. */
  encoding: string
  contentType: string
  /** The body's bytes as sent (compressed when `encoding` says so), headers not counted. */
  bodyBytes: number
}

export interface CompressionFigure {
  label: string
  path: string
  plain: WireAnswer & { load: ReadLoadResult }
  accepting: WireAnswer & { load: ReadLoadResult }
}

/** One GET with node:http, which leaves the body as it was sent. */
export function getOverTheWire(url: string, headers: Record<string, string> = {}): Promise<WireAnswer> {
  return new Promise((resolve, reject) => {
    const call = request(url, { headers }, (response) => {
      let bodyBytes = 0
      response.on('data', (chunk: Buffer) => (bodyBytes += chunk.length))
      response.on('error', reject)
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          encoding: String(response.headers['content-encoding'] ?? 'identity'),
          contentType: String(response.headers['content-type'] ?? '').split(';')[0]!.trim(),
          bodyBytes,
        }),
      )
    })
    call.on('error', reject)
    call.end()
  })
}

/** Each target without `Accept-Encoding` and with `gzip, br`: what the server sends, how many bytes, and how many requests a second. */
export async function measureCompression(baseUrl: string, targets: readonly { label: string; path: string }[], options: ReadLoadOptions): Promise<CompressionFigure[]> {
  const figures: CompressionFigure[] = []
  for (const { label, path } of targets) {
    const url = baseUrl + path
    const plain = await getOverTheWire(url)
    const accepting = await getOverTheWire(url, acceptCompressed)
    figures.push({
      label,
      path,
      plain: { ...plain, load: await runReadLoad(url, options) },
      accepting: { ...accepting, load: await runReadLoad(url, { ...options, headers: acceptCompressed }) },
    })
  }
  return figures
}
