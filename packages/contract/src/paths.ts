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
