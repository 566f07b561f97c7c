import type { SignupResult } from '@kurskatalog/contract'
import { expect } from 'vitest'
import type { RunningCatalog } from './startCatalog.js'
import { postJson, registrationsPath, signupBody } from './writeRequests.js'

type Id = number | string

/**
 * Sign-ups through the public API, each from its own client address (so the rate limit never
 * decides a test), expected to be accepted. Needs a catalogue started with `trustedProxies: 1`.
 */
export function acceptedSignups(catalog: () => RunningCatalog): (session: Id, email: string) => Promise<SignupResult> {
  let client = 0
  return async (session, email) => {
    const response = await catalog().request(
      registrationsPath(session),
      postJson(signupBody({ email }), { headers: { 'X-Forwarded-For': `198.51.100.${++client % 250}` } }),
    )
    expect(response.status, await response.clone().text()).toBe(201)
    return (await response.json()) as SignupResult
  }
}

/** The seats a session's ledger counts as taken. */
export async function seatsTaken(catalog: RunningCatalog, session: Id): Promise<number> {
  const ledgers = await catalog.payload.find({ collection: 'session-seats', where: { session: { equals: session } }, depth: 0 })
  return Number(ledgers.docs[0]?.taken ?? 0)
}
