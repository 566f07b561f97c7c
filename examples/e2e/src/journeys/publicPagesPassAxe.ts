import { describeViolations, runAxe } from '@kurskatalog/test-support'
import type { BrowserContextOptions, Page } from 'playwright-core'
import { expect } from 'vitest'
import { desktop, withContext } from '../chromium.js'
import type { Journey } from './context.js'

/** The demo's course on the catalogue's own pages (the agency site has a page of its own for it). */
export const offeringPagePath = '/kurs/medarbeidersamtaler-for-tillitsbasert-styring-og-ledelse'

/** The catalogue's own pages the accessibility statement covers, each with what shows once its widgets have loaded. */
export const statementPages: { path: string; ready: (page: Page) => Promise<void> }[] = [
  { path: '/tilgjengelighet', ready: (page) => page.getByRole('heading', { level: 1, name: 'Tilgjengelighetserklæring for Kurskatalogen' }).waitFor() },
  { path: '/kurs', ready: (page) => page.getByRole('heading', { level: 1, name: 'Kurs og lederutvikling' }).waitFor() },
  { path: offeringPagePath, ready: (page) => page.locator('kk-signup-form').first().getByLabel('Navn', { exact: true }).waitFor() },
  { path: '/tjenester/open-space', ready: (page) => page.locator('kk-service-request').getByRole('button', { name: 'Send bestillingen' }).waitFor() },
]

/**
 * The axe rules the statement (`cms/src/accessibility/criteria.ts`) names as its proof: each must have run on
 * these pages (passed, found nothing to check, or asked for a person), so no claim rests on a rule that was off.
 */
const rulesTheStatementNames = [
  'color-contrast',
  'document-title',
  'html-has-lang',
  'html-lang-valid',
  'bypass',
  'link-name',
  'button-name',
  'aria-allowed-attr',
  'aria-required-attr',
  'aria-valid-attr-value',
  'label',
  'image-alt',
  'input-image-alt',
  'svg-img-alt',
  'list',
  'listitem',
  'th-has-data-cells',
  'link-in-text-block',
  'duplicate-id-aria',
  'autocomplete-valid',
]

/** 320 CSS pixels wide: a 1280 px screen at 400 % zoom, as WCAG 1.4.10 measures reflow. */
const narrow: BrowserContextOptions = { ...desktop, viewport: { width: 320, height: 640 } }

/**
 * axe-core (WCAG 2.1 A and AA) on the statement, the list, an offering and a service, with their widgets
 * loaded: no serious or critical violation. At 320 px none of them scrolls sideways.
 */
export async function publicPagesPassAxe({ browser, stack }: Journey): Promise<void> {
  const ran = new Set<string>()
  await withContext(browser, desktop, async (context) => {
    const page = await context.newPage()
    for (const { path, ready } of statementPages) {
      expect((await page.goto(stack.urls.cms + path))?.status(), path).toBe(200)
      await ready(page)
      const report = await runAxe(page)
      expect(report.failing, `${path}:\n${describeViolations(report.failing)}`).toEqual([])
      // Lesser findings are listed in the statement; a new one must be looked at before it is.
      expect(report.lesser.map((violation) => violation.id), `${path}:\n${describeViolations(report.lesser)}`).toEqual([])
      for (const rule of [...report.passed, ...report.incomplete.map((result) => result.id)]) ran.add(rule)
    }
  })
  for (const rule of rulesTheStatementNames) expect(ran, `the statement names axe's ${rule}, which never ran`).toContain(rule)

  await withContext(browser, narrow, async (context) => {
    const page = await context.newPage()
    for (const { path, ready } of statementPages) {
      await page.goto(stack.urls.cms + path)
      await ready(page)
      const { scrollWidth, viewport } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, viewport: window.innerWidth }))
      expect(scrollWidth, `${path} is ${scrollWidth}px wide on a ${viewport}px screen`).toBeLessThanOrEqual(viewport)
    }
  })
}
