import { isApiErrorBody, type ApiErrorBody } from '@kurskatalog/contract'

// The API defaults to the origin the script came from: the CMS serves the widgets next to its API.
const defaultApiOrigin = new URL(import.meta.url).origin

/** The origin an element talks to: its `api` attribute if given, else the script's origin. */
export function apiOrigin(attribute: string | null | undefined): string {
  const value = attribute?.trim()
  if (!value) return defaultApiOrigin
  try {
    return new URL(value, globalThis.location?.href).origin
  } catch {
    return defaultApiOrigin
  }
}

/** The API could not be reached at all (network down, CMS stopped, gateway answering for it). */
export class ApiUnreachableError extends Error {
  override name = 'ApiUnreachableError'
}

/** The API answered with an error. `body` is set when it used the contract's error shape. */
export class ApiResponseError extends Error {
  override name = 'ApiResponseError'
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody | null,
  ) {
    super(body?.error.message ?? `HTTP ${status}`)
  }
}

// A gateway that answers for a stopped CMS means the same to a visitor as no answer.
const unreachableStatuses = new Set([502, 503, 504])

/** How every read asks: for JSON, without the visitor's cookies. The entry's early listing request asks the same way. */
export const askJson = (url: string, signal?: AbortSignal): Promise<Response> =>
  fetch(url, { headers: { accept: 'application/json' }, credentials: 'omit', signal })

/** The answer to `url`, asked with `init`, or to the request `asked` already on its way. */
export async function request<T>(url: string, init: RequestInit, asked = fetch(url, { ...init, credentials: 'omit' })): Promise<T> {
  let response: Response
  try {
    response = await asked
  } catch (error) {
    if (init.signal?.aborted) throw error
    throw new ApiUnreachableError(String(error))
  }
  if (unreachableStatuses.has(response.status)) throw new ApiUnreachableError(`HTTP ${response.status}`)
  let body: unknown = null
  try {
    body = await response.json()
  } catch (error) {
    if (init.signal?.aborted) throw error
    if (response.ok) throw new ApiResponseError(response.status, null)
  }
  if (!response.ok) throw new ApiResponseError(response.status, isApiErrorBody(body) ? body : null)
  return body as T
}

export function getJson<T>(url: string, signal?: AbortSignal, asked = askJson(url, signal)): Promise<T> {
  return request<T>(url, { signal }, asked)
}
