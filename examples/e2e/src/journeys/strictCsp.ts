import { expect } from 'vitest'
import { desktop, withContext } from '../chromium.js'
import type { Journey } from './context.js'

/**
 * The widgets inside a host page whose Content-Security-Policy forbids inline script and style and
 * eval: the list, the course and the order form render, and the browser reports no violation and no error.
 */
export async function strictCsp({ browser, stack }: Journey): Promise<void> {
  await withContext(browser, desktop, async (context) => {
    const page = await context.newPage()
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
    // Recorded by the test itself, in every frame and before any of the page's own scripts run.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const seen = ((window as unknown as { kkViolations?: string[] }).kkViolations ??= [])
        seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`)
      })
    })

    const response = await page.goto(stack.urls.strictCspSite)
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'")
    const list = page.locator('kk-course-list')
    await list.getByRole('status').filter({ hasText: /^Viser [1-9]\d* av \d+$/ }).waitFor()
    await list.getByRole('button', { name: 'Tillitsbasert styring og ledelse', exact: true }).waitFor()
    await page.locator('kk-course').getByRole('button', { name: 'Meld deg på' }).first().waitFor()
    await page.locator('kk-service-request').getByRole('button', { name: 'Send bestillingen' }).waitFor()

    // Open a form too: its code and styles arrive later, under the same policy.
    await page.locator('kk-course').getByRole('button', { name: 'Meld deg på' }).first().click()
    await page.locator('kk-signup-form').getByLabel('Navn', { exact: true }).waitFor()

    const violations = await page.evaluate(() => (window as unknown as { kkViolations?: string[] }).kkViolations ?? [])
    expect(violations).toEqual([])
    expect(problems).toEqual([])
    expect(await page.locator('#csp-status').getAttribute('data-violations')).toBe('0')
  })
}
