import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { desktop, withContext } from '../chromium.js'
import { focusedControl, tabTo } from '../keyboard.js'
import type { Journey } from './context.js'
import { offeringPagePath } from './publicPagesPassAxe.js'

/** How the focused element is marked: its outline's style and width, and whether it is inside the window. */
const focusMark = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement
    const style = getComputedStyle(element)
    const box = element.getBoundingClientRect()
    return {
      style: style.outlineStyle,
      width: Number.parseFloat(style.outlineWidth),
      onScreen: box.left >= 0 && box.top >= 0 && box.right <= window.innerWidth && box.width > 0,
    }
  })

/**
 * On /kurs and on an offering page a keyboard user's first Tab gives a visible skip link that leads to the
 * content, every focused link is outlined, the same menu and footer frame the page, and the footer's
 * "Tilgjengelighetserklæring" leads to the statement: by keyboard on /kurs, by mouse on the offering page.
 */
export async function statementFromTheFooter({ browser, stack }: Journey): Promise<void> {
  await withContext(browser, desktop, async (context) => {
    const page = await context.newPage()
    for (const path of ['/kurs', offeringPagePath]) {
      expect((await page.goto(stack.urls.cms + path))?.status(), path).toBe(200)
      await page.getByRole('heading', { level: 1 }).waitFor()
      await expect.poll(() => page.getByRole('navigation', { name: 'Hovedmeny' }).count(), { message: `${path} has the main menu` }).toBe(1)

      await page.keyboard.press('Tab')
      expect(await focusedControl(page)).toBe('a: Hopp til hovedinnholdet')
      expect(await focusMark(page), `${path}: the skip link shows when focused`).toMatchObject({ onScreen: true, style: 'solid' })
      await page.keyboard.press('Enter')
      await page.waitForURL(/#innhold$/)
      // From the content, the next Tab lands inside <main>, past the menu.
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('main'))), `${path}: the skip link leads into the content`).toBe(true)
      const mark = await focusMark(page)
      expect(mark.style, `${path}: a focused link is outlined`).not.toBe('none')
      expect(mark.width).toBeGreaterThanOrEqual(2)

      const footerLink = page.getByRole('contentinfo').getByRole('link', { name: 'Tilgjengelighetserklæring' })
      expect(await footerLink.count(), `${path} links the statement from its footer`).toBe(1)
    }

    // By mouse from the offering page.
    await page.getByRole('contentinfo').getByRole('link', { name: 'Tilgjengelighetserklæring' }).click()
    await page.waitForURL(/\/tilgjengelighet$/)
    await page.getByRole('heading', { level: 1, name: 'Tilgjengelighetserklæring for Kurskatalogen' }).waitFor()

    // By keyboard from /kurs: Tab all the way to the footer, then Enter.
    await page.goto(`${stack.urls.cms}/kurs`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await tabTo(page, /^a: Tilgjengelighetserklæring$/, { maxPresses: 200 })
    expect((await focusMark(page)).style).not.toBe('none')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/tilgjengelighet$/)
    await page.getByRole('heading', { level: 1, name: 'Tilgjengelighetserklæring for Kurskatalogen' }).waitFor()
    await page.getByRole('heading', { level: 2, name: 'Meld gjerne fra om brudd på kravene' }).waitFor()
  })
}
