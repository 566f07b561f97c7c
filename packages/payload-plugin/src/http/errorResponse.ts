import { errorMessages, type ApiErrorBody, type ErrorCode, type FieldErrors, type Locale } from '@kurskatalog/contract'

const statusOf: Record<ErrorCode, number> = {
  validation: 422,
  'invalid-json': 400,
  'unsupported-media-type': 415,
  'payload-too-large': 413,
  'not-found': 404,
  'origin-not-allowed': 403,
  'rate-limited': 429,
  'spam-suspected': 400,
  'deadline-passed': 409,
  'session-cancelled': 409,
  'session-full': 409,
  'signup-closed': 409,
  'already-registered': 409,
  'idempotency-key-reused': 409,
  'invalid-token': 404,
  'already-cancelled': 409,
  'already-decided': 409,
  'approval-expired': 409,
  'already-promoted': 409,
  'invalid-query': 400,
  busy: 503,
  internal: 500,
}

/**
 * The one error shape of the public API: a code, a translated message, and per-field messages. `naming`
 * adds what the message is about to it ("… ugyldig verdi: fra, tema."), for a query string's parameters.
 */
export function errorResponse(code: ErrorCode, locale: Locale, options: { fields?: FieldErrors; headers?: HeadersInit; naming?: string[] } = {}): Response {
  const messages = errorMessages[locale]
  const message = options.naming && options.naming.length > 0 ? `${messages.errors[code]}: ${options.naming.join(', ')}.` : messages.errors[code]
  const body: ApiErrorBody = { error: { code, message } }
  if (options.fields && Object.keys(options.fields).length > 0) {
    body.error.fields = Object.fromEntries(
      Object.entries(options.fields).map(([field, fieldCode]) => [field, { code: fieldCode, message: messages.fields[fieldCode] }]),
    )
  }
  const headers = new Headers(options.headers)
  headers.set('Content-Type', 'application/json; charset=utf-8')
  headers.set('Cache-Control', 'no-store')
  return new Response(JSON.stringify(body), { status: statusOf[code], headers })
}
