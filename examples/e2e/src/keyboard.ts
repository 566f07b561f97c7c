import type { Page } from 'playwright-core'

/**
 * What has keyboard focus, as a person hears it: `<tag>: <label or text>`, looking through open
 * shadow roots (a widget's focused field sits two shadow roots deep).
 */
export function focusedControl(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element: Element | null = document.activeElement
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement
    if (!element || element === document.body) return ''
    const labels = (element as HTMLInputElement).labels
    const label = labels && labels.length > 0 ? labels[0]?.textContent : null
    const name = label ?? element.getAttribute('aria-label') ?? element.textContent ?? ''
    return `${element.tagName.toLowerCase()}: ${name.replace(/\s+/g, ' ').trim()}`
  })
}

/**
 * Presses Tab (or Shift+Tab) until the focused control matches `wanted`, as a keyboard user would,
 * and fails with the way focus went if it never gets there.
 */
export async function tabTo(page: Page, wanted: RegExp, options: { backwards?: boolean; maxPresses?: number } = {}): Promise<string> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab'
  const visited: string[] = []
  for (let presses = 0; presses < (options.maxPresses ?? 40); presses++) {
    await page.keyboard.press(key)
    const focused = await focusedControl(page)
    visited.push(focused)
    if (wanted.test(focused)) return focused
  }
  throw new Error(`${key} never reached ${wanted}; focus went: ${visited.join(' → ')}`)
}
