/** Replaces window.fetch for one test: each call is recorded, and answered by the test's own function. */
export interface RecordedCall {
  url: URL
  method: string
  body: unknown
  signal: AbortSignal | null
}

export type Responder = (call: RecordedCall) => Response | Promise<Response>

const realFetch = window.fetch

export interface FetchStub {
  calls: RecordedCall[]
  restore(): void
}

export function stubFetch(responder: Responder): FetchStub {
  const calls: RecordedCall[] = []
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href)
    const call: RecordedCall = {
      url,
      method: init?.method ?? 'GET',
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : null,
      signal: init?.signal ?? null,
    }
    calls.push(call)
    return responder(call)
  }
  return {
    calls,
    restore: () => {
      window.fetch = realFetch
    },
  }
}

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
}

/** A request that never answers (until aborted), to hold a widget in its loading or submitting state. */
export function pending(call: RecordedCall): Promise<Response> {
  return new Promise((_, reject) => {
    call.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))
  })
}

/** What fetch does when the API's host cannot be reached. */
export function unreachable(): Promise<Response> {
  return Promise.reject(new TypeError('Failed to fetch'))
}

/** A promise the test resolves when it wants the request to answer. */
export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((done) => (resolve = done))
  return { promise, resolve }
}
