import { fieldMessages, type FieldErrors, type Locale, type Validation } from '@kurskatalog/contract'
import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit'
import { ApiResponseError, ApiUnreachableError, request } from './api.js'
import { domId, renderField, type FieldSpec, type FieldValue } from './form-field.js'
import type { FormTexts } from './form.texts.js'

export interface FormOptions<B extends { website?: string }, R> {
  t: () => FormTexts
  /** The form's language, for the contract's field error texts. */
  locale: () => Locale
  /** The request the fill makes, honeypot included. The idempotency key stays the same for every retry of one fill. */
  request: (idempotencyKey: string) => B
  /** The contract's check of a request: the one the API runs. */
  check: (request: B) => Validation<object>
  /** Where the request is posted. */
  url: () => string
  sent: (result: R) => void
}

type Phase = 'editing' | 'submitting' | 'done'

/** A write: JSON in, JSON out, no cookies (the API tells writers apart by origin and idempotency key). */
export function postJson<T>(url: string, payload: unknown): Promise<T> {
  return request<T>(url, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  })
}

/** A key that makes a retried submit of the same form fill return the first answer. */
function newIdempotencyKey(): string {
  // randomUUID exists only in secure contexts; a host page on plain http still has getRandomValues.
  if (typeof crypto.randomUUID === 'function' && globalThis.isSecureContext) return crypto.randomUUID()
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * The life of one form fill: values, validation as you type and on submit with the contract's rules,
 * server errors on their fields, one request at a time, and focus moved to the error summary or the result.
 */
export class FormController<B extends { website?: string }, R> implements ReactiveController {
  values: Record<string, FieldValue> = {}
  phase: Phase = 'editing'
  result: R | null = null

  #touched = new Set<string>()
  #clientErrors: FieldErrors = {}
  #serverErrors: Record<string, string> = {}
  #problem: string | null = null
  #summaryShown = false
  #focusTarget: 'summary' | 'result' | null = null
  #idempotencyKey = newIdempotencyKey()

  constructor(
    private readonly host: ReactiveElement,
    private readonly options: FormOptions<B, R>,
  ) {
    host.addController(this)
  }

  hostUpdated(): void {
    if (!this.#focusTarget) return
    this.host.renderRoot.querySelector<HTMLElement>(`[data-focus="${this.#focusTarget}"]`)?.focus()
    this.#focusTarget = null
  }

  /** The message shown under a field: the server's word wins, then the check done here once the field was used. */
  errorFor(key: string): string | null {
    const server = this.#serverErrors[key]
    if (server) return server
    const code = this.#touched.has(key) ? this.#clientErrors[key] : undefined
    return (code && fieldMessages[this.options.locale()][code]) || null
  }

  /** A field's value as text ('' when empty or a checkbox). */
  text(key: string): string {
    const value = this.values[key]
    return typeof value === 'string' ? value : ''
  }

  #validate(): FieldErrors {
    const checked = this.options.check(this.options.request('validation-only'))
    return checked.ok ? {} : checked.fields
  }

  /** Sends what the shared rules made of the input (trimmed, normalised), plus the honeypot they leave out. */
  #send(): Promise<R> {
    const request = this.options.request(this.#idempotencyKey)
    const checked = this.options.check(request)
    return postJson<R>(this.options.url(), checked.ok ? { ...checked.value, website: request.website ?? '' } : request)
  }

  input(key: string, value: FieldValue): void {
    this.values = { ...this.values, [key]: value }
    delete this.#serverErrors[key]
    // Once a field shows an error, it is re-checked as the person types, so the error leaves when fixed.
    if (this.#touched.has(key)) this.#clientErrors = this.#validate()
    this.host.requestUpdate()
  }

  leave(key: string): void {
    // An empty field the person only passed through is not an error yet.
    if (!this.values[key] && !this.#touched.has(key)) return
    this.#touched.add(key)
    this.#clientErrors = this.#validate()
    this.host.requestUpdate()
  }

  async #submit(fields: FieldSpec[]): Promise<void> {
    if (this.phase !== 'editing') return
    for (const field of fields) this.#touched.add(field.key)
    this.#clientErrors = this.#validate()
    this.#serverErrors = {}
    this.#problem = null
    if (Object.keys(this.#clientErrors).length > 0) {
      this.#showSummary()
      return
    }
    this.phase = 'submitting'
    this.#summaryShown = false
    this.host.requestUpdate()
    try {
      this.result = await this.#send()
      this.phase = 'done'
      this.#focusTarget = 'result'
      this.options.sent(this.result)
    } catch (error) {
      this.phase = 'editing'
      this.#explain(error)
      this.#showSummary()
    }
    this.host.requestUpdate()
  }

  /** A new, empty form fill with a new idempotency key. */
  reset(): void {
    this.values = {}
    this.phase = 'editing'
    this.result = null
    this.#touched.clear()
    this.#clientErrors = {}
    this.#serverErrors = {}
    this.#problem = null
    this.#summaryShown = false
    this.#idempotencyKey = newIdempotencyKey()
    this.host.requestUpdate()
  }

  // The API answers in the language the form sent; field texts are shown in the form's own language.
  #explain(error: unknown): void {
    const t = this.options.t()
    if (error instanceof ApiResponseError && error.body) {
      const { code, message, fields } = error.body.error
      for (const [key, field] of Object.entries(fields ?? {})) {
        this.#serverErrors[key] = fieldMessages[this.options.locale()][field.code] ?? field.message
      }
      this.#problem = code === 'validation' && fields ? null : message
    } else {
      this.#problem = error instanceof ApiUnreachableError ? t.submitUnreachable : t.serverFailed
    }
  }

  #showSummary(): void {
    this.#summaryShown = true
    this.#focusTarget = 'summary'
    this.host.requestUpdate()
  }

  /** The form: what to fix, the fields, the honeypot and the submit button. */
  renderForm(fields: FieldSpec[], submitLabel: string): TemplateResult {
    const onSubmit = (event: SubmitEvent) => {
      event.preventDefault()
      void this.#submit(fields)
    }
    return html`<form part="form" novalidate @submit=${onSubmit}>
      ${this.#renderSummary(fields)}
      <p class="meta">${this.options.t().requiredNote}</p>
      ${fields.map((field) => renderField(field, this.options.t(), this))} ${this.#renderHoneypot()} ${this.#renderSubmit(submitLabel)}
    </form>`
  }

  #renderSummary(fields: FieldSpec[]): TemplateResult | typeof nothing {
    if (!this.#summaryShown) return nothing
    const t = this.options.t()
    const broken = fields.filter((field) => this.errorFor(field.key))
    if (broken.length === 0 && !this.#problem) return nothing
    return html`<div part="error-summary" class="notice error" tabindex="-1" data-focus="summary" aria-labelledby="summary-title">
      <p id="summary-title"><strong>${this.#problem ?? t.fixErrors}</strong></p>
      ${broken.length
        ? html`<ul>
            ${broken.map(
              (field) =>
                html`<li><a href="#${domId(field.key)}" @click=${(event: Event) => this.#focusField(event, field)}
                  >${field.label}: ${this.errorFor(field.key)}</a
                ></li>`,
            )}
          </ul>`
        : nothing}
    </div>`
  }

  #focusField(event: Event, field: FieldSpec): void {
    // Fragment links cannot reach into a shadow root, and must not change the host page's URL.
    event.preventDefault()
    this.host.renderRoot.querySelector<HTMLElement>(`#${domId(field.key)}`)?.focus()
  }

  /** The honeypot: invisible and unreachable for people, tempting for form-filling bots. */
  #renderHoneypot(): TemplateResult {
    return html`<div class="honeypot" aria-hidden="true">
      <label for="field-website">${this.options.t().honeypot}</label>
      <input id="field-website" name="website" type="text" tabindex="-1" autocomplete="off"
        .value=${this.text('website')} @input=${(event: Event) => this.input('website', (event.target as HTMLInputElement).value)} />
    </div>`
  }

  #renderSubmit(label: string): TemplateResult {
    const t = this.options.t()
    const busy = this.phase === 'submitting'
    return html`<div class="actions">
      <button part="submit button" class="button" type="submit" aria-disabled=${busy ? 'true' : 'false'}>
        ${busy ? t.submitting : label}
      </button>
      <p class="visually-hidden" role="status">${busy ? t.submitting : ''}</p>
    </div>`
  }
}

