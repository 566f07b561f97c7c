/** Every path of the public API, relative to the CMS origin. One place, so plugin and widgets never drift. */
export const apiBase = '/api/catalog/v1'

export const apiPaths = {
  offerings: `${apiBase}/offerings`,
  offering: (slug: string) => `${apiBase}/offerings/${encodeURIComponent(slug)}`,
  services: `${apiBase}/services`,
  service: (slug: string) => `${apiBase}/services/${encodeURIComponent(slug)}`,
  serviceRequests: (slug: string) => `${apiBase}/services/${encodeURIComponent(slug)}/requests`,
  topics: `${apiBase}/topics`,
  session: (id: string) => `${apiBase}/sessions/${encodeURIComponent(id)}`,
  sessionCalendar: (id: string) => `${apiBase}/sessions/${encodeURIComponent(id)}/calendar.ics`,
  registrations: (sessionId: string) => `${apiBase}/sessions/${encodeURIComponent(sessionId)}/registrations`,
  calendarFeed: `${apiBase}/calendar.ics`,
  cancel: `${apiBase}/cancel`,
} as const

/**
 * The same paths as the plugin's Payload endpoints declare them: relative to Payload's API route
 * (`routes.api`, `/api` unless a host changes it), with `:slug` and `:id` for the route parameters.
 * Kept beside `apiPaths` rather than built into it, so the widgets' bundle carries only `apiPaths`;
 * contract/test/paths.test.ts checks that each pair names the same path.
 */
export const apiRoutes = {
  offerings: '/catalog/v1/offerings',
  offering: '/catalog/v1/offerings/:slug',
  services: '/catalog/v1/services',
  service: '/catalog/v1/services/:slug',
  serviceRequests: '/catalog/v1/services/:slug/requests',
  topics: '/catalog/v1/topics',
  session: '/catalog/v1/sessions/:id',
  sessionCalendar: '/catalog/v1/sessions/:id/calendar.ics',
  registrations: '/catalog/v1/sessions/:id/registrations',
  calendarFeed: '/catalog/v1/calendar.ics',
  cancel: '/catalog/v1/cancel',
  // Only emails link here (a leader's Godkjenn / Avslå), so it has no entry in `apiPaths`, the widgets' copy.
  approval: '/catalog/v1/approval',
  /** Only ever reached from a link in an email (the waiting-list notice), never by a widget: so not in `apiPaths`. */
  leaveWaitlist: '/catalog/v1/leave-waitlist',
  /** The brochure as PDF, for a host without its own route at `sitePaths.brochure`; no widget asks for it, so not in `apiPaths`. */
  brochure: '/catalog/v1/brochure.pdf',
} as const satisfies Record<keyof typeof apiPaths, string> & Record<string, string>

/**
 * The CMS's public pages (not the API), relative to its origin: what a printed brochure's QR codes and
 * addresses point at, and the brochure itself (a route handler of its own, before `/kurs/[slug]`).
 */
export const sitePaths = {
  catalogue: '/kurs',
  offeringPage: (slug: string) => `/kurs/${encodeURIComponent(slug)}`,
  servicePage: (slug: string) => `/tjenester/${encodeURIComponent(slug)}`,
  brochure: '/kurs/brosjyre.pdf',
} as const
