/** Each element's module, loaded only when a page (or another element) first needs it. */
export const elementLoaders = {
  'kk-course-list': () => import('./components/course-list/kk-course-list.js'),
  'kk-course': () => import('./components/course-and-forms.js'),
  'kk-signup-form': () => import('./components/course-and-forms.js'),
  'kk-service-request': () => import('./components/course-and-forms.js'),
} as const

export type ElementName = keyof typeof elementLoaders

// The build (scripts/build.mjs) defines this: the chunk every element's module imports (Lit's and what the
// elements share), as a path from this file. The sources have no chunks.
declare const KK_SHARED_CHUNK: string | undefined

/**
 * Fetches an element's module and, side by side with it, the chunk that module imports, which the browser
 * would otherwise only ask for once the module had arrived. If that chunk fails to load, so does the module's
 * own import, which reports it.
 */
export function loadElement(name: ElementName): void {
  if (customElements.get(name)) return
  if (typeof KK_SHARED_CHUNK !== 'undefined') import(KK_SHARED_CHUNK).catch(() => undefined)
  void elementLoaders[name]()
}
