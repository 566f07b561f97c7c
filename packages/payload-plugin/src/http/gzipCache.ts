import { promisify } from 'node:util'
import { gzip } from 'node:zlib'

const gzipped = promisify(gzip)

export interface GzipCacheOptions {
  /** The most compressed bytes kept; the least recently used go first. */
  maxBytes: number
}

/**
 * Gzipped bodies of public answers, kept by their strong ETag: an ETag names one exact body, so
 * each distinct answer is compressed once, however many clients ask for it, and a change (a new
 * ETag) simply compresses anew. Requests for a body being compressed share that one compression.
 */
export function gzipCache({ maxBytes }: GzipCacheOptions): (etag: string, body: Uint8Array) => Promise<Buffer> {
  const kept = new Map<string, Promise<Buffer>>()
  const sizes = new Map<string, number>()
  let total = 0

  const forget = (etag: string) => {
    total -= sizes.get(etag) ?? 0
    sizes.delete(etag)
    kept.delete(etag)
  }

  return (etag, body) => {
    const known = kept.get(etag)
    if (known) {
      // Most recently used last, so the oldest is first in the map's order.
      kept.delete(etag)
      kept.set(etag, known)
      return known
    }
    const made = gzipped(body)
    kept.set(etag, made)
    made.then(
      (bytes) => {
        if (kept.get(etag) !== made) return
        sizes.set(etag, bytes.length)
        total += bytes.length
        for (const oldest of kept.keys()) {
          if (total <= maxBytes || oldest === etag) break
          forget(oldest)
        }
      },
      () => forget(etag),
    )
    return made
  }
}
