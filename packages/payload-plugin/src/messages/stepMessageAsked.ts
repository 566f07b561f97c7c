import { editorMessageShape, replySteps, validateMessage, type EditorMessage, type ReplyStep } from '@kurskatalog/contract'
import { messageFieldErrors } from './readMessage.js'
import { messageTexts, type MessageLanguage } from './texts.js'

/** The virtual fields of a service request's edit view that carry the message to its requester (never stored on it). */
export const replyFields = { send: 'replySend', subject: 'replySubject', body: 'replyBody' } as const

export type StepMessageAsked =
  | { kind: 'none' }
  | { kind: 'refused'; errors: { path: string; message: string }[] }
  | { kind: 'send'; step: ReplyStep; message: EditorMessage }

interface SavedRequest {
  status?: unknown
  anonymisedAt?: unknown
}

/**
 * What a save of a service request asks for its requester: nothing (`Send melding` off or left out), a message
 * for the step the request moves to, or a refusal tied to the field at fault — a message without a new step, to
 * an anonymised request, or one the contract's rule refuses.
 */
export function stepMessageAsked(data: Record<string, unknown>, saved: SavedRequest | undefined, operation: string, language: MessageLanguage): StepMessageAsked {
  const send = data[replyFields.send]
  if (send === undefined || send === null || send === false) return { kind: 'none' }
  const refusals = messageTexts[language].refusals
  if (send !== true) return { kind: 'refused', errors: messageFieldErrors(language, { [replyFields.send]: 'invalid-type' }) }
  const step = data.status ?? saved?.status
  if (operation !== 'update' || step === saved?.status || !(replySteps as readonly unknown[]).includes(step)) {
    return { kind: 'refused', errors: [{ path: replyFields.send, message: refusals.sameStep }] }
  }
  if (saved?.anonymisedAt) return { kind: 'refused', errors: [{ path: replyFields.send, message: refusals.anonymised }] }
  const checked = validateMessage(editorMessageShape, { subject: data[replyFields.subject], body: data[replyFields.body] })
  if (!checked.ok) {
    return { kind: 'refused', errors: messageFieldErrors(language, checked.fields, { subject: replyFields.subject, body: replyFields.body }) }
  }
  return { kind: 'send', step: step as ReplyStep, message: checked.value }
}
