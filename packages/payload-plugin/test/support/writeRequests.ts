import { randomUUID } from 'node:crypto'
import type { SignupRequest } from '@kurskatalog/contract'

/** The origin the catalogue fixture registers on its agency. */
export const agencyOrigin = 'https://bydel.example.org'

export const registrationsPath = (sessionId: string | number) => `/api/catalog/v1/sessions/${sessionId}/registrations`

/** A valid sign-up body; override any field. */
export function signupBody(overrides: Partial<Record<keyof SignupRequest, unknown>> = {}): Record<string, unknown> {
  const key = randomUUID()
  return {
    name: 'Ola Nordmann',
    email: `ola.${key.slice(0, 8)}@oslo.kommune.no`,
    agency: 'Bydel Gamle Oslo',
    role: 'Leder',
    locale: 'nb',
    idempotencyKey: key,
    ...overrides,
  }
}

/** A JSON POST as a browser on an agency's site sends it. */
export function postJson(body: unknown, { origin = agencyOrigin, headers = {} }: { origin?: string | null; headers?: Record<string, string> } = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(origin ? { Origin: origin } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  }
}
