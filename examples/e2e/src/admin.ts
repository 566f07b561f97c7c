import type { Page } from 'playwright-core'
import type { Stack } from '@kurskatalog/stack'

/** Logs the demo editor into the admin (in bokmål) and waits for the dashboard. */
export async function logInToAdmin(page: Page, stack: Stack): Promise<void> {
  await page.goto(stack.urls.admin)
  await page.getByLabel('E-post').fill(stack.admin.email)
  await page.getByLabel('Passord').fill(stack.admin.password)
  await page.getByRole('button', { name: 'Logg inn' }).click()
  await page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.includes('/login'))
}

/**
 * Opens a collection's list (its slug, e.g. "registrations") and waits for its heading (e.g. "Påmeldinger").
 * By its address: the admin's front page is the editors' dashboard, which lists what needs doing, not every collection.
 */
export async function openCollection(page: Page, stack: Stack, slug: string, plural: string): Promise<void> {
  await page.goto(`${stack.urls.admin}/collections/${slug}`)
  await page.getByRole('heading', { name: plural, exact: true }).waitFor()
}
