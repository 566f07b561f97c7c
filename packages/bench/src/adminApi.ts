/** Payload's REST API as the demo admin: the way an editor's tools would fill the catalogue. */
export interface AdminApi {
  get<T>(path: string): Promise<T>
  create<T extends { id: number | string }>(collection: string, data: Record<string, unknown>): Promise<T>
}

export async function loginAsAdmin(baseUrl: string, credentials: { email: string; password: string }): Promise<AdminApi> {
  const login = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(credentials),
  })
  const body = (await login.json()) as { token?: string }
  if (!login.ok || !body.token) throw new Error(`Admin login failed: ${login.status} ${JSON.stringify(body).slice(0, 300)}`)
  const authorization = `JWT ${body.token}`

  const call = async <T>(method: string, path: string, data?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { Authorization: authorization, ...(data === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: data === undefined ? undefined : JSON.stringify(data),
    })
    const text = await response.text()
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 500)}`)
    return JSON.parse(text) as T
  }

  return {
    get: (path) => call('GET', path),
    create: async (collection, data) => (await call<{ doc: never }>('POST', `/api/${collection}?depth=0`, data)).doc,
  }
}
