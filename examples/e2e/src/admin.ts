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

/** Opens a collection's list from its card on the dashboard, by its name there (e.g. "Påmeldinger"). */
export async function openCollection(page: Page, plural: string): Promise<void> {
  // The card's link; the closed side menu's link of the same name is there but inert.
  await page.getByRole('link', { name: `Vis alle ${plural}`, exact: true }).click()
  await page.getByRole('heading', { name: plural, exact: true }).waitFor()
}
