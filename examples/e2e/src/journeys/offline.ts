import { expect } from 'vitest'
import { desktop, withContext } from '../chromium.js'
import type { Journey } from './context.js'

const offline = 'Vi får ikke kontakt med kurskatalogen akkurat nå.'

/**
 * A leader has the district's page open when the CMS goes down, and narrows the list: the list keeps
 * the catalogue this browser saw, says it cannot reach the catalogue, links to it and offers a retry,
 * which works once the CMS is back. Leaves the CMS running.
 */
export async function offlineWhileOnThePage({ browser, stack }: Journey): Promise<void> {
  await withContext(browser, desktop, async (context) => {
    const page = await context.newPage()
    await page.goto(stack.urls.agencySite)
    const list = page.locator('kk-course-list')
    await list.getByRole('status').filter({ hasText: /^Viser \d+ av \d+$/ }).waitFor()

    await stack.stopCms()
    try {
      await list.getByLabel('Målgruppe').selectOption({ label: 'Ledere' })
      const notice = list.locator('[part="notice"]').filter({ hasText: offline })
      await notice.waitFor()
      const link = notice.getByRole('link', { name: 'Åpne kurskatalogen' })
      expect(await link.getAttribute('href')).toBe(stack.urls.catalogue)
      // Not a blank space: the courses this browser saw are still there, marked as possibly out of date.
      await list.getByRole('button', { name: 'Tillitsbasert styring og ledelse', exact: true }).waitFor()
    } finally {
      await stack.startCms()
    }

    await list.getByRole('button', { name: 'Prøv igjen' }).click()
    await list.getByRole('status').filter({ hasText: /^Viser \d+ av \d+$/ }).waitFor()
    expect(await list.getByText(offline).count()).toBe(0)
  })
}

/**
 * Someone opens the district's page for the first time while the CMS is down. The widget code comes
 * from the CMS too, so it cannot load; the page must still say where the catalogue is rather than
 * leave a blank space where the list belongs. Leaves the CMS running.
 */
export async function offlineOnFirstVisit({ browser, stack }: Journey): Promise<void> {
  await stack.stopCms()
  try {
    await withContext(browser, desktop, async (context) => {
      const page = await context.newPage()
      await page.goto(stack.urls.agencySite)
      await page.getByRole('heading', { level: 1, name: 'Lederutvikling' }).waitFor()
      const list = page.locator('kk-course-list')
      const catalogueLinks = list.locator(`a[href="${stack.urls.catalogue}"]`)
      await expect
        .poll(async () => (await catalogueLinks.all()).length > 0 && (await catalogueLinks.first().isVisible()), {
          message: 'a visible link to the catalogue where the list belongs',
          timeout: 10_000,
        })
        .toBe(true)
    })
  } finally {
    await stack.startCms()
  }
}
