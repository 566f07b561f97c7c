import { html, nothing, type TemplateResult } from 'lit'
import { ApiResponseError, ApiUnreachableError } from './api.js'
import type { CommonTexts } from './common.texts.js'
import type { FetchStatus } from './fetch-task.js'

interface LoadStateTexts extends CommonTexts {
  loadFailed: string
}

/**
 * What kk-course, kk-signup-form and kk-service-request show until their data is here: loading, or why it
 * failed — not there (`notFound`, else the API's own words), the API out of reach (with the catalogue's own
 * page), or another error — with a retry unless the thing is not there.
 */
export function renderLoadState(
  task: { status: FetchStatus; error?: unknown; run(): unknown },
  t: LoadStateTexts,
  catalogueHref: string,
  notFound?: string,
): TemplateResult {
  const { status, error } = task
  if (status !== 'error') return html`<p part="notice" class="loading" role="status">${t.loading}</p>`
  const missing = error instanceof ApiResponseError && error.status === 404
  const offline = error instanceof ApiUnreachableError
  return html`<div part="notice" class="notice error" role="alert">
    <p>${missing ? (notFound ?? error.body?.error.message ?? t.loadFailed) : offline ? t.offline : t.loadFailed}</p>
    ${missing ? nothing : html`<p><button part="button" class="button" type="button" @click=${() => task.run()}>${t.retry}</button></p>`}
    ${offline ? html`<p><a href=${catalogueHref}>${t.offlineLink}</a></p>` : nothing}
  </div>`
}
