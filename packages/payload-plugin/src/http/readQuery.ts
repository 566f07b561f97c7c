import type { PayloadRequest } from 'payload'

/** The query parameters an admin endpoint may take, each with the values it accepts. */
export type QueryRules = Record<string, (value: string) => boolean>

/** The request's query as a map, or null when it has a parameter not in `rules`, one twice, or a value a rule refuses. */
export function readQuery(req: PayloadRequest, rules: QueryRules): Map<string, string> | null {
  const query = new Map<string, string>()
  for (const [key, value] of req.searchParams ?? new URLSearchParams()) {
    const rule = Object.hasOwn(rules, key) ? rules[key] : undefined
    if (!rule || query.has(key) || value.length > 200 || !rule(value)) return null
    query.set(key, value)
  }
  return query
}
