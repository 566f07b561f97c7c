import { waitUntil } from '@open-wc/testing'

/** The element's shadow root; every kk-* element has an open one. */
export function shadow(element: Element): ShadowRoot {
  if (!element.shadowRoot) throw new Error(`${element.localName} has no open shadow root`)
  return element.shadowRoot
}

export function $(element: Element, selector: string): HTMLElement {
  const found = shadow(element).querySelector<HTMLElement>(selector)
  if (!found) throw new Error(`${selector} not found in ${element.localName}`)
  return found
}

export function text(element: Element): string {
  return (shadow(element).textContent ?? '').replace(/\s+/g, ' ').trim()
}

export async function until(element: Element, selector: string, message = `${selector} to appear`): Promise<HTMLElement> {
  await waitUntil(() => shadow(element).querySelector(selector), message, { timeout: 3000 })
  return $(element, selector)
}

export async function untilText(element: Element, expected: string): Promise<void> {
  await waitUntil(() => text(element).includes(expected), `"${expected}" in ${element.localName}: ${text(element)}`, { timeout: 3000 })
}
