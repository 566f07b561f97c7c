import { expect } from 'vitest'
import { desktop, withContext } from '../chromium.js'
import type { Journey } from './context.js'

/**
 * Issue 5's first journey begins with "a visitor filters the list to a topic": on the agency site the
 * list should offer the catalogue's topics as a filter, and choosing one should narrow the list to it.
 */
export async function filterByTopic({ browser, stack }: Journey): Promise<void> {
  await withContext(browser, desktop, async (context) => {
    const page = await context.newPage()
    await page.goto(stack.urls.agencySite)
    const list = page.locator('kk-course-list')
    await list.getByRole('status').filter({ hasText: /^Viser \d+ av \d+$/ }).waitFor()

    // The topics arrive in their own request, which may answer after the offer's: wait for the filter.
    const topicFilter = list.getByLabel('Tema', { exact: true })
    await expect
      .poll(() => topicFilter.count(), { message: '<kk-course-list> offers visitors a topic filter labelled "Tema"', timeout: 10_000 })
      .toBe(1)
    await topicFilter.selectOption({ label: 'Medarbeidersamtalen' })
    await list.getByRole('status').filter({ hasText: 'Viser 1 av 1' }).waitFor()
    await list.getByRole('button', { name: 'Medarbeidersamtaler for tillitsbasert styring og ledelse' }).waitFor()
  })
}
