import type { BrowserContextOptions, Page } from 'playwright-core'
import { expect } from 'vitest'
import { withContext } from '../chromium.js'
import { focusedControl, tabTo } from '../keyboard.js'
import { mailTo } from '../mail.js'
import type { Person } from '../people.js'
import { dateButtons, signupForm } from '../signup.js'
import type { Journey } from './context.js'

const course = 'Medarbeidersamtaler for tillitsbasert styring og ledelse'

/**
 * From the district's front page to a confirmed seat on the course's second date with the keyboard
 * alone: Tab and Shift+Tab to move, Enter and Space to act, typing and arrow keys in fields. A typo in
 * the email is caught when leaving the field and fixed by going back to it.
 */
export async function keyboardSignup({ browser, stack }: Journey, who: Person, device: BrowserContextOptions): Promise<void> {
  await withContext(browser, device, async (context) => {
    const page = await context.newPage()
    await page.goto(stack.urls.agencySite)
    await page.getByRole('heading', { level: 1, name: 'Lederutvikling' }).waitFor()

    await tabTo(page, /^a: Medarbeidersamtalen$/)
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/kurs\/medarbeidersamtalen$/)
    // A sighted keyboard user waits for the dates to show before tabbing on.
    await dateButtons(page).first().waitFor()

    // Past the first date's button (full by now, if the waiting-list journey ran) to the second date's.
    await tabTo(page, /^button: (Meld deg på|Sett deg på venteliste)$/)
    await tabTo(page, /^button: Meld deg på$/)
    await page.keyboard.press('Space')
    const form = signupForm(page)
    await form.getByRole('heading', { name: `Påmelding: ${course}` }).waitFor()

    await tabTo(page, /^input: Navn$/)
    await page.keyboard.type(who.name)
    await tabTo(page, /^input: E-post på jobb$/)
    await page.keyboard.type(who.email.replace(/@.*/, '@'))
    await page.keyboard.press('Tab')
    await tabTo(page, /^input: E-post på jobb$/, { backwards: true })
    const email = form.getByLabel('E-post på jobb')
    expect(await email.getAttribute('aria-invalid'), 'a half-written email is flagged on leaving the field').toBe('true')
    await page.keyboard.press('End')
    await page.keyboard.type(who.email.replace(/^[^@]*@/, ''))
    expect(await email.inputValue()).toBe(who.email)

    await tabTo(page, /^input: Virksomhet$/)
    await page.keyboard.type(who.agency)
    await tabTo(page, /^input: Stilling eller rolle/)
    await page.keyboard.type(who.role)
    await tabTo(page, /^select: Har du gjennomført medarbeidersamtaler før\?/)
    await page.keyboard.press('ArrowDown')
    expect(await form.getByLabel('Har du gjennomført medarbeidersamtaler før?').inputValue()).toBe('Ja, som leder')
    expect(await email.getAttribute('aria-invalid'), 'the fixed email is no longer flagged').toBe('false')

    await tabTo(page, /^button: Meld meg på$/)
    await page.keyboard.press('Enter')
    await form.getByRole('heading', { name: 'Du er påmeldt' }).waitFor()
    // The answer takes focus, so a screen reader reads it and the next Tab starts from there.
    expect(await focusedControl(page)).toMatch(/^div: Du er påmeldt/)
    await expectNoSidewaysScroll(page)
  })

  await mailTo(stack.mailSink, who.email, `Påmeldingen er bekreftet: ${course}`)
}

/** Nothing on the page is wider than the screen (WCAG 1.4.10 reflow at 320–360 px). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, viewport } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }))
  expect(scrollWidth, `page is ${scrollWidth}px wide on a ${viewport}px screen`).toBeLessThanOrEqual(viewport)
}
