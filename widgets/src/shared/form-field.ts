import { html, nothing, type TemplateResult } from 'lit'
import type { FormTexts } from './form.texts.js'

export type FieldValue = string | boolean

/** One field of a form: its key in the API body (`answers.<id>` for a course's own questions) and how it looks. */
export interface FieldSpec {
  key: string
  label: string
  type: 'text' | 'email' | 'tel' | 'textarea' | 'select' | 'checkbox'
  required: boolean
  options?: string[]
  autocomplete?: string
  inputmode?: 'numeric' | 'email' | 'tel'
  hint?: string
}

/** What a field needs from the form it is in (a FormController). */
export interface FieldState {
  values: Record<string, FieldValue>
  errorFor(key: string): string | null
  text(key: string): string
  input(key: string, value: FieldValue): void
  leave(key: string): void
}

/** The id of a field's control, also the target of the error summary's links. */
export const domId = (key: string) => `field-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`

/** One field: its label (and "optional"), hint, error message and control, wired to the form's state. */
export function renderField(field: FieldSpec, t: FormTexts, form: FieldState): TemplateResult {
  const id = domId(field.key)
  const error = form.errorFor(field.key)
  const described = [field.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing
  const value = form.values[field.key]
  const text = form.text(field.key)
  const invalid = error ? 'true' : 'false'
  const required = field.required ? 'true' : 'false'
  const onInput = (event: Event) => {
    const target = event.target as HTMLInputElement
    form.input(field.key, field.type === 'checkbox' ? target.checked : target.value)
  }
  const onLeave = () => form.leave(field.key)
  const label = html`${field.label}${field.required ? nothing : html` <span class="optional">${t.optional}</span>`}`
  const hint = field.hint ? html`<p class="hint" id="${id}-hint">${field.hint}</p>` : nothing
  const message = error ? html`<p class="field-error" id="${id}-error">${error}</p>` : nothing
  let control: TemplateResult
  switch (field.type) {
    case 'checkbox':
      return html`<div class="field checkbox ${error ? 'has-error' : ''}" part="field">
        ${message}
        <input id=${id} type="checkbox" .checked=${value === true} aria-invalid=${invalid}
          aria-required=${required} aria-describedby=${described} @change=${onInput} @blur=${onLeave} />
        <label for=${id}>${label}</label>
      </div>`
    case 'textarea':
      control = html`<textarea id=${id} rows="4" .value=${text} aria-invalid=${invalid}
        aria-required=${required} aria-describedby=${described} @input=${onInput} @blur=${onLeave}></textarea>`
      break
    case 'select':
      control = html`<select id=${id} aria-invalid=${invalid} aria-required=${required}
        aria-describedby=${described} @change=${onInput} @blur=${onLeave}>
        <option value="" ?selected=${text === ''}>${t.choose}</option>
        ${(field.options ?? []).map((option) => html`<option ?selected=${text === option}>${option}</option>`)}
      </select>`
      break
    default:
      control = html`<input id=${id} type=${field.type} .value=${text} aria-invalid=${invalid}
        aria-required=${required} aria-describedby=${described} autocomplete=${field.autocomplete ?? nothing}
        inputmode=${field.inputmode ?? nothing} @input=${onInput} @blur=${onLeave} />`
  }
  return html`<div class="field ${error ? 'has-error' : ''}" part="field">
    <label for=${id}>${label}</label>
    ${hint} ${message} ${control}
  </div>`
}
