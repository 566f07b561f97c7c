import type { Locale } from '@kurskatalog/contract'
import type { PayloadRequest } from 'payload'
import { requestLocale } from '../http/requestLocale.js'
import type { CatalogContext } from '../types.js'
import { guardWrite, type AdmittedWrite } from './guardWrite.js'
import { honeypotFilled, readBody } from './readBody.js'

export type OpenedWrite =
  | { ok: true; write: AdmittedWrite; body: unknown; bodyLocale: Locale }
  | { ok: false; response: Response }

/**
 * The opening every JSON form post shares (sign-up, service request): through the door (origin,
 * rate limit), the body read within its size limit, and the honeypot checked — or the refusal to answer.
 */
export async function openJsonWrite(req: PayloadRequest, context: CatalogContext, route: string): Promise<OpenedWrite> {
  const door = await guardWrite(req, context, route)
  if (!door.ok) return door
  const { write } = door
  const body = await readBody(req, context.maxBodyBytes)
  if (!body.ok) return { ok: false, response: write.refuse(body.code) }
  // Read before validation, so only a string is taken as a language: an object's toString may throw.
  const bodyLocale = requestLocale(req, (body.value as { locale?: unknown } | null)?.locale)
  if (honeypotFilled(body.value)) return { ok: false, response: write.refuse('spam-suspected', { locale: bodyLocale }) }
  return { ok: true, write, body: body.value, bodyLocale }
}
