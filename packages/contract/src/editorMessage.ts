import type { ServiceRequestStatus } from './serviceRequest.js'
import type { RegistrationStatus } from './signup.js'
import { idempotencyKeyField, oneOf, textField } from './text.js'
import { checkObject, type FieldErrors, type ShapeOutput, type Validation } from './validation.js'

export const editorMessageLimits = {
  /** One line: a subject with a line break in it could add a header to the email, so the rule refuses CR and LF. */
  subject: 150,
  /** Plain text; with Norwegian letters (2–3 bytes each) it still fits the write endpoints' 16 KiB body. */
  body: 4000,
} as const

/** What an editor writes to people on the catalogue: a subject on one line and a plain text. */
export const editorMessageShape = {
  subject: textField({ max: editorMessageLimits.subject, required: true }),
  body: textField({ max: editorMessageLimits.body, required: true, multiline: true }),
}
export type EditorMessage = ShapeOutput<typeof editorMessageShape>

/** Who on a session an editor's message goes to. */
export const messageAudiences = ['confirmed', 'waitlisted', 'pending-approval'] as const
export type MessageAudience = (typeof messageAudiences)[number]

/** The statuses each audience covers: "confirmed" is everyone with a seat, including those already marked attended or no-show. */
export const audienceStatuses: Record<MessageAudience, readonly RegistrationStatus[]> = {
  confirmed: ['confirmed', 'attended', 'no-show'],
  waitlisted: ['waitlisted'],
  'pending-approval': ['pending-approval'],
}

/** A message to the people on a session, as previewed. */
export const sessionMessageShape = { audience: oneOf(messageAudiences), ...editorMessageShape }
export type SessionMessage = ShapeOutput<typeof sessionMessageShape>

/** A message to the people on a session, as sent: the form's idempotency key makes a double click send once. */
export const sessionMessageSendShape = { ...sessionMessageShape, idempotencyKey: idempotencyKeyField }
export type SessionMessageSend = ShapeOutput<typeof sessionMessageSendShape>

/** The steps of a service request's workflow a message to the requester can announce: every one after "new". */
export const replySteps = ['in-dialogue', 'confirmed', 'declined', 'delivered'] as const satisfies readonly ServiceRequestStatus[]
export type ReplyStep = (typeof replySteps)[number]

/**
 * Checks a message against `shape`; a field the shape does not know is refused (`unknown-field`) rather than
 * dropped, so a misspelt field never sends a message without it.
 */
export function validateMessage<S extends typeof editorMessageShape>(shape: S, input: unknown): Validation<ShapeOutput<S>> {
  // Built from entries, so a key such as `__proto__` (JSON.parse makes it an own key) stays a key and is refused too.
  const extra = input && typeof input === 'object' && !Array.isArray(input) ? Object.keys(input).filter((key) => !Object.hasOwn(shape, key)) : []
  const unknown: FieldErrors = Object.fromEntries(extra.map((key) => [key, 'unknown-field' as const]))
  const checked = Array.isArray(input) ? ({ ok: false, fields: { _: 'invalid-type' } } as const) : checkObject(shape, input)
  if (Object.keys(unknown).length === 0) return checked
  return { ok: false, fields: { ...(checked.ok ? {} : checked.fields), ...unknown } }
}
