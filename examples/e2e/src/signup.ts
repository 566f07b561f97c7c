import type { Browser, Locator, Page } from 'playwright-core'
import { desktop, withContext } from './chromium.js'
import type { Person } from './people.js'

/** The agency site's page for "Medarbeidersamtaler for tillitsbasert styring og ledelse". */
export const coursePagePath = '/kurs/medarbeidersamtalen'

/** Its own question, answered from a drop-down. */
export const experienceQuestion = { label: 'Har du gjennomført medarbeidersamtaler før?', answer: 'Nei' }

/** The open sign-up form on a page (a course opens one date's form at a time). */
export const signupForm = (page: Page): Locator => page.locator('kk-signup-form')

/** Fills the sign-up form by its labels, the way a person reads it. */
export async function fillSignupForm(form: Locator, who: Person, questions: { label: string; answer: string }[] = []): Promise<void> {
  await form.getByLabel('Navn', { exact: true }).fill(who.name)
  await form.getByLabel('E-post på jobb').fill(who.email)
  await form.getByLabel('Virksomhet', { exact: true }).fill(who.agency)
  await form.getByLabel(/^Stilling eller rolle/).fill(who.role)
  for (const question of questions) await form.getByLabel(question.label).selectOption({ label: question.answer })
}

/** The buttons that open a date's form, first date first. */
export const dateButtons = (page: Page): Locator => page.getByRole('button', { name: /^(Meld deg på|Sett deg på venteliste|Søk plass)$/ })

/**
 * One person, in their own browser, signs up for a date on the agency site's course page with the
 * mouse. Returns the heading of the answer the form shows ("Du er påmeldt", "Du står på ventelisten").
 */
export async function signUpOnCoursePage(
  browser: Browser,
  siteUrl: string,
  who: Person,
  dateIndex: number,
  expectButton: string,
): Promise<{ heading: string; body: string }> {
  return withContext(browser, desktop, async (context) => {
    const page = await context.newPage()
    await page.goto(siteUrl + coursePagePath)
    const button = dateButtons(page).nth(dateIndex)
    await button.waitFor()
    const label = (await button.textContent())?.trim()
    if (label !== expectButton) throw new Error(`Date ${dateIndex + 1} offers "${label}", expected "${expectButton}"`)
    await button.click()
    const form = signupForm(page)
    await fillSignupForm(form, who, [experienceQuestion])
    await form.getByRole('button', { name: /^(Meld meg på|Sett meg på ventelisten)$/ }).click()
    const result = form.locator('[part="result"]')
    await result.waitFor()
    return { heading: (await result.getByRole('heading').textContent())?.trim() ?? '', body: (await result.textContent()) ?? '' }
  })
}
