import { editorMessageLimits, errorMessages, validateMessage, type EditorMessage, type FieldErrors, type ShapeOutput } from '@kurskatalog/contract'
import type { PayloadRequest } from 'payload'
import { readBody } from '../guard/readBody.js'
import { adminRefusal } from '../http/adminRefusal.js'
import type { CatalogContext } from '../types.js'
import { messageTexts, type MessageLanguage } from './texts.js'

type MessageShape = Parameters<typeof validateMessage>[0]

const maxOf: Partial<Record<string, number>> = { subject: editorMessageLimits.subject, body: editorMessageLimits.body, replySubject: editorMessageLimits.subject, replyBody: editorMessageLimits.body }
const fieldOf: Record<string, keyof (typeof messageTexts)['nb']['fields']> = { replySubject: 'subject', replyBody: 'body' }

/** Each refused field as Payload's admin shows it beside the field: its path and a sentence naming it. */
export function messageFieldErrors(language: MessageLanguage, fields: FieldErrors, paths: Record<string, string> = {}): { path: string; message: string }[] {
  const texts = messageTexts[language]
  // Only own keys are looked up: a refused field may be called `__proto__` or `constructor`.
  const own = <T,>(table: Partial<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(table, key) ? table[key] : undefined)
  return Object.entries(fields).map(([path, code]) => {
    const named = own<string>(texts.fields, own(fieldOf, path) ?? path)
    const max = own(maxOf, path)
    const sentence = `${errorMessages[language].fields[code]}${code === 'too-long' && max ? ` ${texts.tooLong(max)}` : ''}`
    return { path: own(paths, path) ?? path, message: named ? `${named}: ${sentence}` : sentence }
  })
}

export type ReadMessage<T> = { ok: true; value: T } | { ok: false; response: Response }

/**
 * An editor's message from a JSON body, checked by the contract's rule for it: 415 for another content type,
 * 413 over the body limit, 400 for bytes that are not JSON or a body that is not an object, 422 with each
 * refused field (unknown fields included) in Payload's error shape.
 */
export async function readMessage<S extends MessageShape>(req: PayloadRequest, context: CatalogContext, language: MessageLanguage, shape: S): Promise<ReadMessage<ShapeOutput<S> & EditorMessage>> {
  const refusals = messageTexts[language].refusals
  const body = await readBody(req, context.maxBodyBytes)
  if (!body.ok) {
    if (body.code === 'unsupported-media-type') return { ok: false, response: adminRefusal(415, refusals['unsupported-media-type']) }
    if (body.code === 'payload-too-large') return { ok: false, response: adminRefusal(413, refusals['payload-too-large']) }
    return { ok: false, response: adminRefusal(400, refusals['invalid-json']) }
  }
  const checked = validateMessage(shape, body.value)
  if (!checked.ok) {
    const whole = checked.fields['_'] !== undefined
    return { ok: false, response: adminRefusal(whole ? 400 : 422, refusals.invalid, { errors: messageFieldErrors(language, checked.fields) }) }
  }
  return { ok: true, value: checked.value as ShapeOutput<S> & EditorMessage }
}
