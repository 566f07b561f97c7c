import { registrationStatuses, type RegistrationStatus } from '@kurskatalog/contract'
import type { PayloadRequest } from 'payload'
import { toStoredId } from '../../catalog/storedId.js'
import { adminRefusal } from '../../http/adminRefusal.js'
import { readQuery, type QueryRules } from '../../http/readQuery.js'
import { loadSessionRoster, type SessionRoster } from '../../organiser/sessionRoster.js'
import { organiserLanguage, organiserTexts, type OrganiserLanguage } from '../../organiser/texts.js'
import type { CatalogContext } from '../../types.js'

export type { QueryRules }

/** `status=confirmed,waitlisted`: one or more known statuses, each once. */
export const statusListRule = (value: string): boolean => {
  const statuses = value.split(',')
  return statuses.length <= registrationStatuses.length && new Set(statuses).size === statuses.length && statuses.every((status) => (registrationStatuses as readonly string[]).includes(status))
}

export type OrganiserRequest =
  | { ok: true; roster: SessionRoster; language: OrganiserLanguage; query: Map<string, string> }
  | { ok: false; response: Response }

/**
 * What every organiser endpoint does first: editors only (401 without a login, 403 for anyone else), only the
 * query parameters it knows with values it accepts (400), and a session that exists (404) — read with
 * everyone on it. Nothing is read before the login is checked.
 */
export async function openOrganiserRequest(req: PayloadRequest, context: CatalogContext, rules: QueryRules): Promise<OrganiserRequest> {
  const language = organiserLanguage(req)
  const refusals = organiserTexts[language].refusals
  if (!req.user) return { ok: false, response: adminRefusal(401, refusals.unauthorised) }
  if (!context.isEditor(req)) return { ok: false, response: adminRefusal(403, refusals.forbidden) }

  const query = readQuery(req, rules)
  if (!query) return { ok: false, response: adminRefusal(400, refusals.query) }

  const id = toStoredId(req.payload, context.slugs.sessions, String(req.routeParams?.id ?? ''))
  const roster = id === null ? null : await loadSessionRoster(req, context, id)
  if (!roster) return { ok: false, response: adminRefusal(404, refusals.notFound) }
  return { ok: true, roster, language, query }
}

/** The participants a `status` parameter asks for: all of them without one. */
export function participantsAsked(roster: SessionRoster, query: Map<string, string>): SessionRoster['participants'] {
  const asked = query.get('status')?.split(',') as RegistrationStatus[] | undefined
  return asked ? roster.participants.filter((participant) => asked.includes(participant.status)) : roster.participants
}
