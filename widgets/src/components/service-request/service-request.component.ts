import {
  apiPaths,
  validateServiceRequest,
  type ServiceDetail,
  type ServiceRequestInput,
  type ServiceRequestResult,
} from '@kurskatalog/contract'
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit'
import { getJson } from '../../shared/api.js'
import { baseStyles } from '../../shared/base.styles.js'
import { FetchTask } from '../../shared/fetch-task.js'
import { renderLoadState } from '../../shared/load-state.js'
import type { FieldSpec } from '../../shared/form-field.js'
import { FormController } from '../../shared/form.js'
import { formStyles } from '../../shared/form.styles.js'
import { KkElement } from '../../shared/kk-element.js'
import { formTexts } from '../../shared/form.texts.js'

/** What the form sends: the group size as typed (the shared rule makes it a number). */
type ServiceRequestSent = Omit<ServiceRequestInput, 'groupSize'> & { groupSize: string }

/**
 * @tagname kk-service-request
 * @summary The order form for a facilitator service (an Open Space, a 10-FAKTOR follow-up …):
 * contact, agency, wished dates, group size and what the agency needs. The answer comes by email.
 *
 * @event {CustomEvent<ServiceRequestDetail>} kk-service-request - An order was accepted. No personal data in `detail`.
 *
 * @csspart title - The service's title.
 * @csspart form - The form.
 * @csspart field - One label, hint, error and input.
 * @csspart submit - The submit button.
 * @csspart button - Every button.
 * @csspart error-summary - The list of what to fix, focused after a failed submit.
 * @csspart result - The receipt, focused after a successful submit.
 * @csspart result-title - The heading of the receipt.
 * @csspart summary - The service's short description.
 * @csspart notice - Loading and error messages.
 *
 * @cssproperty --kk-color-primary - Headings, links, buttons and borders. Default #2a2859.
 * @cssproperty --kk-color-error - Field errors. Default #a4101f.
 * @cssproperty --kk-color-success-surface - Receipt background. Default #c7f6c9.
 * @cssproperty --kk-color-border - Field borders. Default: the primary colour.
 * @cssproperty --kk-font-family - Default 'Oslo Sans', then system fonts.
 * @cssproperty --kk-radius - Corner radius. Default 0.
 * @cssproperty --kk-space - Base spacing. Default 1rem.
 */
export class KkServiceRequest extends KkElement {
  static override styles = [baseStyles, formStyles]

  static override properties: PropertyDeclarations = {
    service: {},
    formOnly: { attribute: 'form-only', type: Boolean },
  }

  /** The service's slug. */
  service = ''

  /** Show only the form, without the service's summary. */
  formOnly = false

  readonly #serviceTask = new FetchTask(
    this,
    async ([origin, slug]: readonly [string, string], signal) => {
      if (!slug) throw new Error('no service')
      return getJson<ServiceDetail>(`${origin}${apiPaths.service(slug)}`, signal)
    },
    () => [this.origin, this.service] as const,
  )

  readonly #form = new FormController<ServiceRequestSent, ServiceRequestResult>(this, {
    t: () => this.localize.texts(formTexts),
    locale: () => this.localize.locale,
    request: (idempotencyKey) => this.#request(idempotencyKey),
    check: validateServiceRequest,
    url: () => `${this.origin}${apiPaths.serviceRequests(this.service)}`,
    sent: (result) => this.emit('kk-service-request', { service: this.service, serviceTitle: result.serviceTitle, status: result.status }),
  })

  #request(idempotencyKey: string): ServiceRequestSent {
    const text = (key: string) => this.#form.text(key)
    const phone = text('phone')
    return {
      contactName: text('contactName'),
      email: text('email'),
      ...(phone.trim() ? { phone } : {}),
      agency: text('agency'),
      wishedDates: text('wishedDates'),
      // Sent as typed: the shared rule turns a string of digits into a number and refuses the rest.
      groupSize: text('groupSize'),
      description: text('description'),
      locale: this.localize.locale,
      idempotencyKey,
      website: text('website'),
    }
  }

  #fields(): FieldSpec[] {
    const t = this.localize.texts(formTexts)
    return [
      { key: 'contactName', label: t.contactName, type: 'text', required: true, autocomplete: 'name' },
      { key: 'email', label: t.workEmail, type: 'email', required: true, autocomplete: 'email' },
      { key: 'phone', label: t.phone, type: 'tel', required: false, autocomplete: 'tel' },
      { key: 'agency', label: t.agency, type: 'text', required: true, autocomplete: 'organization' },
      { key: 'wishedDates', label: t.wishedDates, type: 'textarea', required: true, hint: t.wishedDatesHint },
      { key: 'groupSize', label: t.groupSize, type: 'text', required: true, inputmode: 'numeric' },
      { key: 'description', label: t.requestDescription, type: 'textarea', required: true },
    ]
  }

  override render(): TemplateResult {
    const t = this.localize.texts(formTexts)
    const service = this.#serviceTask.value
    if (this.#serviceTask.status === 'complete' && service) return this.#renderService(service)
    return renderLoadState(this.#serviceTask, t, this.catalogueHref)
  }

  #renderService(service: ServiceDetail): TemplateResult {
    const t = this.localize.texts(formTexts)
    const result = this.#form.phase === 'done' ? this.#form.result : null
    const fields = this.#fields()
    return html`${this.heading(0, t.orderTitle(service.title), 'title')}
      ${this.formOnly ? nothing : html`<p part="summary">${service.summary}</p>`}
      ${result
        ? html`<div part="result" class="notice success" tabindex="-1" data-focus="result" aria-labelledby="result-title">
            ${this.heading(1, t.requestSentTitle, 'result-title', 'result-title')}
            <p>${t.requestSentBody(result.serviceTitle, result.email)}</p>
          </div>`
        : this.#form.renderForm(fields, t.submitRequest)}`
  }
}
