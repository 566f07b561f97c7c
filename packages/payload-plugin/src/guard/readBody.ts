import type { ErrorCode } from '@kurskatalog/contract'
import type { PayloadRequest } from 'payload'

export type BodyResult = { ok: true; value: unknown } | { ok: false; code: ErrorCode }

type BodyKind = 'json' | 'form'

function kindOf(contentType: string | null): BodyKind | null {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase()
  if (type === 'application/json') return 'json'
  if (type === 'application/x-www-form-urlencoded') return 'form'
  return null
}

/** Reads at most `limit` bytes of the body; null when there are more (the rest is not read at all). */
async function readLimited(req: PayloadRequest, limit: number): Promise<Uint8Array | null> {
  const declared = Number(req.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limit) return null
  const stream = req.body as ReadableStream<Uint8Array> | null | undefined
  if (!stream) return new Uint8Array()
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(value)
  }
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

/**
 * The request body as a value: JSON, or (where `accept` allows) an HTML form post as a plain object.
 * Refuses other content types (415), bodies over `limit` bytes (413) and bytes that are not
 * UTF-8 JSON (400), before anything else looks at them.
 */
export async function readBody(req: PayloadRequest, limit: number, accept: readonly BodyKind[] = ['json']): Promise<BodyResult & { kind?: BodyKind }> {
  const kind = kindOf(req.headers.get('content-type'))
  if (!kind || !accept.includes(kind)) return { ok: false, code: 'unsupported-media-type' }
  const bytes = await readLimited(req, limit)
  if (bytes === null) return { ok: false, code: 'payload-too-large' }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { ok: false, code: 'invalid-json' }
  }
  if (kind === 'form') return { ok: true, value: Object.fromEntries(new URLSearchParams(text)), kind }
  try {
    return { ok: true, value: JSON.parse(text) as unknown, kind }
  } catch {
    return { ok: false, code: 'invalid-json' }
  }
}

/** The honeypot: a field people never see, so never fill. Anything in it means a bot filled the form. */
export function honeypotFilled(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || !('website' in body)) return false
  const value = (body as { website: unknown }).website
  return value !== undefined && value !== null && value !== ''
}
