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

// The build (scripts/build.mjs) defines this as JSON: per element, the chunks its module imports. The sources have no chunks.
declare const KK_CHUNK_PRELOADS: string | undefined

/** Asks for the chunks an element's module imports alongside it, not one after the other (they sit next to this file). */
export function preloadChunks(name: ElementName): void {
  const chunks: string[] = typeof KK_CHUNK_PRELOADS === 'undefined' ? [] : (JSON.parse(KK_CHUNK_PRELOADS)[name] ?? [])
  for (const chunk of chunks) {
    const link = document.createElement('link')
    link.rel = 'modulepreload'
    link.href = new URL(chunk, import.meta.url).href
    document.head.append(link)
  }
}
