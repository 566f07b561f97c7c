import { expect } from 'vitest'
import { logInToAdmin, openCollection } from '../admin.js'
import { desktop, withContext } from '../chromium.js'
import { calendarIn, cancelLinkIn, mailTo } from '../mail.js'
import { person } from '../people.js'
import { fillSignupForm, signupForm } from '../signup.js'
import type { Journey } from './context.js'

const course = 'Tillitsbasert styring og ledelse'

/**
 * A leader on the district's intranet narrows the list, opens a course in place and signs up; the
 * confirmation email arrives with a calendar file and a cancel link; an editor sees the registration.
 */
export async function signUpFromTheList({ browser, stack, database, screenshot }: Journey): Promise<void> {
  const leader = person('Kari Nordli', 'liste', database)

  await withContext(browser, desktop, async (context) => {
    const page = await context.newPage()
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.goto(stack.urls.agencySite)
    await page.getByRole('heading', { level: 1, name: 'Lederutvikling' }).waitFor()
    const list = page.locator('kk-course-list')
    await list.getByRole('status').filter({ hasText: /^Viser \d+ av \d+$/ }).waitFor()
    await screenshot(page, 'agency-site.png')

    // Narrowed the way the list lets a visitor: a word from the topic, then digital courses only.
    await list.getByLabel('Søk i kursene').fill('tillitsbasert')
    await list.getByRole('button', { name: 'Søk', exact: true }).click()
    await list.getByLabel('Format', { exact: true }).selectOption({ label: 'Digitalt' })
    await list.getByRole('status').filter({ hasText: 'Viser 1 av 1' }).waitFor()

    await list.getByRole('button', { name: course, exact: true }).click()
    const firstDate = list.getByRole('button', { name: 'Meld deg på', exact: true }).first()
    await firstDate.click()

    const form = signupForm(page)
    await form.getByRole('heading', { name: `Påmelding: ${course}` }).waitFor()
    await fillSignupForm(form, leader)
    await form.getByRole('button', { name: 'Meld meg på' }).click()
    const result = form.locator('[part="result"]')
    await result.getByRole('heading', { name: 'Du er påmeldt' }).waitFor()
    expect(await result.textContent()).toContain(leader.email)
    await result.scrollIntoViewIfNeeded()
    await screenshot(page, 'signup-confirmed.png')
    expect(pageErrors).toEqual([])
  })

  const confirmation = await mailTo(stack.mailSink, leader.email, `Påmeldingen er bekreftet: ${course}`)
  const calendar = calendarIn(confirmation)
  expect(calendar, 'the confirmation carries an .ics file').not.toBeNull()
  expect(calendar?.filename).toMatch(/\.ics$/)
  expect(calendar?.text).toContain('BEGIN:VEVENT')
  expect(calendar?.text).toContain(course)
  const cancelLink = cancelLinkIn(confirmation)
  expect(cancelLink, 'the confirmation carries a cancel link').not.toBeNull()
  expect(cancelLink?.startsWith(stack.urls.cms)).toBe(true)

  // The email as the developer sees it in the sink's web inbox, tall enough to show its HTML part.
  await withContext(browser, { ...desktop, viewport: { width: 1000, height: 1340 } }, async (context) => {
    const page = await context.newPage()
    await page.goto(stack.urls.inbox)
    await page.getByRole('link', { name: confirmation.subject }).click()
    await page.getByRole('heading', { level: 1, name: confirmation.subject }).waitFor()
    await page.getByRole('link', { name: calendar?.filename ?? '.ics' }).waitFor()
    const html = page.frameLocator('iframe')
    await html.getByRole('heading', { name: confirmation.subject }).waitFor()
    await html.getByRole('link', { name: 'Meld meg av' }).waitFor()
    await screenshot(page, 'confirmation-email.png')
  })

  await withContext(browser, desktop, async (context) => {
    const page = await context.newPage()
    await logInToAdmin(page, stack)
    await openCollection(page, stack, 'registrations', 'Påmeldinger')
    const row = page.getByRole('row').filter({ hasText: leader.email })
    await row.waitFor()
    expect(await row.textContent()).toContain(leader.name)
    await screenshot(page, 'admin-registrations.png')
  })
}
