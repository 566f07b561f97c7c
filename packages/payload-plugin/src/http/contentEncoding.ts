import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/** The encodings a public text answer is sent in, besides none; brotli first when the client takes both. */
export type ContentEncoding = 'br' | 'gzip'

/** Below this a compressed answer saves less than its headers cost (the figure Next's own compression uses). */
export const smallestEncodedBytes = 1024

/**
 * The encoding to send for an `Accept-Encoding` header: brotli, else gzip, else none. An encoding with `q=0`
 * (or a q that is no weight) is refused, as is everything under a `*;q=0`; `*` alone takes brotli.
 */
export function preferredEncoding(acceptEncoding: string | null): ContentEncoding | null {
  if (!acceptEncoding) return null
  const weights = new Map<string, number>()
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';')
    if (!name) continue
    // A q that is not a number from 0 to 1 refuses the encoding rather than guessing.
    const q = params.map((param) => /^\s*q\s*=(.*)$/.exec(param)?.[1]?.trim()).find((value) => value !== undefined)
    const weight = q === undefined ? 1 : /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(q) ? Number(q) : 0
    weights.set(name.trim(), weight)
  }
  const weightOf = (encoding: ContentEncoding) => weights.get(encoding) ?? weights.get('*') ?? 0
  const [br, gzip] = [weightOf('br'), weightOf('gzip')]
  if (br <= 0 && gzip <= 0) return null
  return br >= gzip && br > 0 ? 'br' : 'gzip'
}

/** Encoded bodies by encoding and ETag: a body is compressed once per process, however often it is asked for. */
const encoded = new Map<string, Uint8Array<ArrayBuffer>>()
const keptBodies = 128

/**
 * `text` compressed in `encoding`, from the cache when this ETag was encoded before (an ETag names exactly one
 * text). Brotli at quality 5: near its best ratio for JSON and HTML at a few milliseconds for a listing, so a
 * body made anew by a seat change costs little the first time it is asked for.
 */
export function encodedBody(text: string, etag: string, encoding: ContentEncoding): Uint8Array<ArrayBuffer> {
  const key = `${encoding}|${etag}`
  const known = encoded.get(key)
  if (known) {
    // Most recently used last: the oldest is the first to go.
    encoded.delete(key)
    encoded.set(key, known)
    return known
  }
  const compressed =
    encoding === 'br'
      ? brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(text) } })
      : gzipSync(text)
  // Copied once into a plain array: a Response takes it as a body as it is.
  const bytes = new Uint8Array(compressed)
  if (encoded.size >= keptBodies) encoded.delete(encoded.keys().next().value!)
  encoded.set(key, bytes)
  return bytes
}
