/** Each element's module, loaded only when a page (or another element) first needs it. */
export const elementLoaders = {
  'kk-course-list': () => import('./components/course-list/kk-course-list.js'),
  'kk-course': () => import('./components/course-and-forms.js'),
  'kk-signup-form': () => import('./components/course-and-forms.js'),
  'kk-service-request': () => import('./components/course-and-forms.js'),
} as const

export type ElementName = keyof typeof elementLoaders

export const elementNames = Object.keys(elementLoaders) as ElementName[]

export function loadElement(name: ElementName): Promise<unknown> {
  return customElements.get(name) ? Promise.resolve() : elementLoaders[name]()
}
