/** The plugin's admin components, loaded by Payload's import map (`@kurskatalog/payload-plugin/admin#…`). */
export { ErasePersonForm, type ErasePersonFormProps } from './ErasePersonForm.js'
export { SessionParticipants, type SessionParticipantsProps } from './SessionParticipants.js'
export { FailedEmailsNavLink, type FailedEmailsNavLinkProps } from './FailedEmailsNavLink.js'
export { RetryEmailButton, type RetryEmailButtonProps } from './RetryEmailButton.js'
export { BrochureNavForm, type BrochureNavFormProps } from './BrochureNavForm.js'
