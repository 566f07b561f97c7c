/**
 * A small client for the running CMS's REST and GraphQL APIs, as an outside caller sees them:
 * plain fetch, a JWT from `POST /api/users/login` in the Authorization header, no cookies.
 */
export interface ApiAnswer<T = any> {
  status: number
  headers: Headers
  body: T
}

export interface CmsApi {
  /** Who is calling, for test names: `anonymous`, `editor`, `admin`. */
  readonly who: string
  request<T = any>(path: string, init?: { method?: string; body?: unknown; headers?: Record<string, string> }): Promise<ApiAnswer<T>>
  get<T = any>(path: string): Promise<ApiAnswer<T>>
  post<T = any>(path: string, body: unknown): Promise<ApiAnswer<T>>
  patch<T = any>(path: string, body: unknown): Promise<ApiAnswer<T>>
  delete<T = any>(path: string): Promise<ApiAnswer<T>>
  /** POST /api/graphql; GraphQL answers 200 with `errors` for refusals, so look at both. */
  graphql<T = any>(query: string, variables?: Record<string, unknown>): Promise<ApiAnswer<{ data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] }>>
}

export function cmsApi(baseUrl: string, who = 'anonymous', token?: string): CmsApi {
  const request = async <T>(path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) => {
    const headers: Record<string, string> = { Accept: 'application/json', ...init.headers }
    if (token) headers.Authorization = `JWT ${token}`
    if (init.body !== undefined) headers['Content-Type'] = 'application/json'
    const response = await fetch(baseUrl + path, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      redirect: 'manual',
    })
    const text = await response.text()
    let body: unknown = text
    try {
      body = text ? JSON.parse(text) : null
    } catch {
      // Not JSON: keep the text, the assertion will show it.
    }
    return { status: response.status, headers: response.headers, body: body as T }
  }
  return {
    who,
    request,
    get: (path) => request(path),
    post: (path, body) => request(path, { method: 'POST', body }),
    patch: (path, body) => request(path, { method: 'PATCH', body }),
    delete: (path) => request(path, { method: 'DELETE' }),
    graphql: (query, variables) => request('/api/graphql', { method: 'POST', body: { query, variables } }),
  }
}

/** Logs in over REST and returns a client carrying the token; throws with the answer if refused. */
export async function loginAs(baseUrl: string, who: string, email: string, password: string): Promise<CmsApi & { user: { id: number | string; role: string } }> {
  const answer = await cmsApi(baseUrl).post<{ token?: string; user?: { id: number | string; role: string } }>('/api/users/login', { email, password })
  if (answer.status !== 200 || !answer.body.token || !answer.body.user) {
    throw new Error(`Login as ${email} failed: ${answer.status} ${JSON.stringify(answer.body)}`)
  }
  return Object.assign(cmsApi(baseUrl, who, answer.body.token), { user: answer.body.user })
}

/** The demo admin the seed creates (cms/src/seed/seedOnFirstStart.ts). */
export const demoAdmin = { email: 'admin@example.org', password: 'kurskatalog-demo' }
