export { coursesJsonLd } from '@kurskatalog/contract'

/** Puts the JSON-LD in the host's light DOM (where crawlers read it), replacing what the element wrote before. */
export function writeJsonLd(host: HTMLElement, json: string | null): void {
  let script = host.querySelector<HTMLScriptElement>(':scope > script[data-kk-json-ld]')
  if (json === null) {
    script?.remove()
    return
  }
  try {
    if (!script) {
      script = document.createElement('script')
      script.type = 'application/ld+json'
      script.dataset['kkJsonLd'] = ''
      host.append(script)
    }
    script.textContent = json
  } catch {
    // A page that enforces Trusted Types refuses script text; the widget works without structured data.
    script?.remove()
  }
}
