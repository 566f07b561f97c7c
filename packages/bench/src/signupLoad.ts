import { randomUUID } from 'node:crypto'
import autocannon from 'autocannon'
import { apiPaths, type SignupRequest } from '@kurskatalog/contract'

export interface SignupLoadOptions {
  sessionId: string
  /** A site registered on an agency: writes from anywhere else are refused. */
  origin: string
  requests: number
  /** Seconds before a request counts as an error; the queue on a 2-core machine can be long. */
  timeoutSeconds: number
}

export interface SignupLoadResult {
  requests: number
  /** From the first request sent to the last answer. */
  durationSeconds: number
  /** Sign-ups taken (confirmed or waitlisted) per second of that time. */
  signupsPerSecond: number
  confirmed: number
  waitlisted: number
  otherStatus: number
  /** Refusals by HTTP status and API error code, e.g. `429 rate-limited`. */
  errors: Record<string, number>
  /** Requests that got no answer (connection errors, timeouts). */
  unanswered: number
  latencyP50Ms: number
  latencyP99Ms: number
}

/**
 * Sends `requests` sign-ups for one session at once, one per connection, each from a different person
 * (own email and idempotency key), and counts the answers.
 */
export async function runSignupLoad(baseUrl: string, options: SignupLoadOptions): Promise<SignupLoadResult> {
  const run = randomUUID().slice(0, 8)
  let sent = 0
  const counts = { confirmed: 0, waitlisted: 0, otherStatus: 0 }
  const errors: Record<string, number> = {}

  const result = await autocannon({
    url: baseUrl,
    connections: options.requests,
    amount: options.requests,
    timeout: options.timeoutSeconds,
    pipelining: 1,
    requests: [
      {
        method: 'POST',
        path: apiPaths.registrations(options.sessionId),
        headers: { 'content-type': 'application/json', origin: options.origin, 'accept-language': 'nb' },
        setupRequest: (request) => {
          sent += 1
          const signup: SignupRequest = {
            name: `Bench Deltaker ${sent}`,
            email: `bench-${run}-${sent}@example.org`,
            agency: 'Bydel Gamle Oslo',
            locale: 'nb',
            idempotencyKey: `bench-${run}-${sent}`,
            sourceUrl: `${options.origin}/kurs`,
          }
          return { ...request, body: JSON.stringify(signup) }
        },
        onResponse: (status, body) => {
          if (status === 201) {
            const answer = safeJson(body) as { status?: string } | null
            if (answer?.status === 'confirmed') counts.confirmed += 1
            else if (answer?.status === 'waitlisted') counts.waitlisted += 1
            else counts.otherStatus += 1
            return
          }
          const code = (safeJson(body) as { error?: { code?: string } } | null)?.error?.code ?? 'no-error-body'
          const key = `${status} ${code}`
          errors[key] = (errors[key] ?? 0) + 1
        },
      },
    ],
  })

  const accepted = counts.confirmed + counts.waitlisted + counts.otherStatus
  const answered = accepted + Object.values(errors).reduce((sum, n) => sum + n, 0)
  const durationSeconds = (result.finish.getTime() - result.start.getTime()) / 1000
  return {
    requests: options.requests,
    durationSeconds,
    signupsPerSecond: accepted / durationSeconds,
    ...counts,
    errors,
    unanswered: options.requests - answered,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
