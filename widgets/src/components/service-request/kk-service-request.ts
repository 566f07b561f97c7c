import { defineElement } from '../../shared/define.js'
import { KkServiceRequest } from './service-request.component.js'

export { KkServiceRequest }
export type { ServiceRequestDetail } from '../../shared/events.js'

defineElement('kk-service-request', KkServiceRequest)

declare global {
  interface HTMLElementTagNameMap {
    'kk-service-request': KkServiceRequest
  }
}
