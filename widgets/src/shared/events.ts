import type { SignupResult } from '@kurskatalog/contract'

/** A visitor opened a course from a list. Cancel it to stop the navigation or inline expansion. */
export interface CourseOpenDetail {
  slug: string
  title: string
  /** The host page the visitor is sent to, or null when the course opens inline. */
  url: string | null
}

/** A sign-up was accepted. Carries no personal data, so it is safe to pass to analytics. */
export interface SignupDetail {
  sessionId: string
  offeringSlug: string
  offeringTitle: string
  status: SignupResult['status']
  waitlistPosition: number | null
}

/** A service order was accepted. Carries no personal data. */
export interface ServiceRequestDetail {
  service: string
  serviceTitle: string
  status: 'new'
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kk-course-open': CustomEvent<CourseOpenDetail>
    'kk-signup': CustomEvent<SignupDetail>
    'kk-service-request': CustomEvent<ServiceRequestDetail>
  }
}

export type KkEvents = Pick<GlobalEventHandlersEventMap, 'kk-course-open' | 'kk-signup' | 'kk-service-request'>

/** Dispatches a bubbling, composed event the host page can listen for anywhere above the element. */
export function emit<K extends keyof KkEvents>(
  target: EventTarget,
  name: K,
  detail: KkEvents[K]['detail'],
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }))
}
