import { randomUUID } from 'node:crypto'
import autocannon from 'autocannon'
import { apiPaths, type SignupRequest } from '@kurskatalog/contract'
import { percentile } from './stats.js'

export interface SignupLoadOptions {
  sessionId: string
  /** A site registered on an agency: writes from anywhere else are refused. */
  origin: string
  requests: number
  /** Seconds before a request counts as an error; the queue on a 2-core machine can be long. */
  timeoutSeconds: number
}

/** What one burst of sign-ups to one app process got back, answer by answer. */
export interface SignupBurst {
  requests: number
  /** Epoch ms when the first request went out and when the last answer came. */
  startedAt: number
  finishedAt: number
  confirmed: number
  waitlisted: number
  otherStatus: number
  /** Refusals by HTTP status and API error code, e.g. `429 rate-limited`. */
  errors: Record<string, number>
  /** The time each answered request took, refusals included. */
  latenciesMs: number[]
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
  /** Over every answer, refusals included. */
  latencyP50Ms: number
  latencyP99Ms: number
}

/**
 * Sends `requests` sign-ups for one session at once, one per connection, each from a different person
 * (own email and idempotency key), and notes each answer and how long it took.
 */
export async function sendSignupBurst(baseUrl: string, options: SignupLoadOptions): Promise<SignupBurst> {
  const run = randomUUID().slice(0, 8)
  let sent = 0
  const counts = { confirmed: 0, waitlisted: 0, otherStatus: 0 }
  const errors: Record<string, number> = {}
  const latenciesMs: number[] = []

  const result = await autocannon({
    url: baseUrl,
    connections: options.requests,
    amount: options.requests,
    timeout: options.timeoutSeconds,
    pipelining: 1,
    // autocannon's own latency histogram keeps only 2xx answers and cannot be merged across bursts; these times can.
    setupClient: (client) => client.on('response', (_status, _bytes, responseTime) => latenciesMs.push(responseTime)),
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
  return { requests: options.requests, startedAt: result.start.getTime(), finishedAt: result.finish.getTime(), ...counts, errors, latenciesMs }
}

/** Bursts sent at the same moment (to one process or several) as one load: from the first request out to the last answer in. */
export function summariseSignupBursts(bursts: readonly SignupBurst[]): SignupLoadResult {
  const sum = (pick: (burst: SignupBurst) => number) => bursts.reduce((total, burst) => total + pick(burst), 0)
  const errors: Record<string, number> = {}
  for (const burst of bursts) for (const [key, count] of Object.entries(burst.errors)) errors[key] = (errors[key] ?? 0) + count
  const latencies = bursts.flatMap((burst) => burst.latenciesMs)
  const requests = sum((burst) => burst.requests)
  const counts = { confirmed: sum((burst) => burst.confirmed), waitlisted: sum((burst) => burst.waitlisted), otherStatus: sum((burst) => burst.otherStatus) }
  const accepted = counts.confirmed + counts.waitlisted + counts.otherStatus
  const answered = accepted + Object.values(errors).reduce((total, count) => total + count, 0)
  const durationSeconds = bursts.length === 0 ? 0 : (Math.max(...bursts.map((burst) => burst.finishedAt)) - Math.min(...bursts.map((burst) => burst.startedAt))) / 1000
  return {
    requests,
    durationSeconds,
    signupsPerSecond: accepted / durationSeconds,
    ...counts,
    errors,
    unanswered: requests - answered,
    latencyP50Ms: percentile(latencies, 0.5),
    latencyP99Ms: percentile(latencies, 0.99),
  }
}

/** One burst to one app process, summarised. */
export async function runSignupLoad(baseUrl: string, options: SignupLoadOptions): Promise<SignupLoadResult> {
  return summariseSignupBursts([await sendSignupBurst(baseUrl, options)])
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
