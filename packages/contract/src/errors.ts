/** Why a request was refused. One shape for every error the public API answers. */
export const errorCodes = [
  'validation',
  'invalid-json',
  'unsupported-media-type',
  'payload-too-large',
  'not-found',
  'origin-not-allowed',
  'rate-limited',
  'spam-suspected',
  'deadline-passed',
  'session-cancelled',
  'session-full',
  'signup-closed',
  'already-registered',
  'idempotency-key-reused',
  'invalid-token',
  'already-cancelled',
  'already-decided',
  'approval-expired',
  'already-promoted',
  'invalid-query',
  'busy',
  'internal',
] as const
export type ErrorCode = (typeof errorCodes)[number]

/** Why one field was refused, as a form shows it to the person typing. */
export const formFieldErrorCodes = [
  'required',
  'invalid-type',
  'too-long',
  'too-short',
  'invalid-email',
  'invalid-characters',
  'invalid-choice',
  'invalid-date',
  'out-of-range',
  'unknown-field',
] as const
export type FormFieldErrorCode = (typeof formFieldErrorCodes)[number]

/**
 * Why a field was refused that the widgets fill in themselves (the page address, the answers map), so no
 * person can cause it by typing: only the API's answer carries its text.
 */
export const apiFieldErrorCodes = ['invalid-url', 'too-many-answers'] as const

/** Why one field was refused. */
export const fieldErrorCodes = [...formFieldErrorCodes, ...apiFieldErrorCodes] as const
export type FieldErrorCode = (typeof fieldErrorCodes)[number]

export interface FieldError {
  code: FieldErrorCode
  message: string
}

export interface ApiErrorBody {
  error: {
    code: ErrorCode
    message: string
    /** Keyed by field name; custom questions as `answers.<questionId>`. */
    fields?: Record<string, FieldError>
  }
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false
  const error = (value as { error: unknown }).error
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
}
