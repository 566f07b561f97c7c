import { defineElement } from '../../shared/define.js'
import { KkSignupForm } from './signup-form.component.js'

export { KkSignupForm }
export type { SignupDetail } from '../../shared/events.js'

defineElement('kk-signup-form', KkSignupForm)

declare global {
  interface HTMLElementTagNameMap {
    'kk-signup-form': KkSignupForm
  }
}
