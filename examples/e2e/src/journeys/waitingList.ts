import type { Browser } from 'playwright-core'
import { expect } from 'vitest'
import { desktop, withContext } from '../chromium.js'
import { cancelLinkIn, mailTo } from '../mail.js'
import { person } from '../people.js'
import { coursePagePath, dateButtons, signUpOnCoursePage } from '../signup.js'
import type { Journey } from './context.js'

const course = 'Medarbeidersamtaler for tillitsbasert styring og ledelse'

/**
 * The course's first date is nearly full in the demo (3 seats left). People take the last seats, the
 * next one lands on the waiting list; the first cancels through the link in her email and the waiting
 * one is moved up and emailed.
 */
export async function waitingList({ browser, stack, database }: Journey): Promise<void> {
  const site = stack.urls.agencySite
  const free = await freeSeatsOnFirstDate(browser, site)
  const names = ['Ingrid Bakke', 'Per Haugen', 'Aisha Rahman', 'Emil Strand', 'Maja Solberg']
  expect(free, 'the demo seed keeps the first date nearly full').toBeGreaterThan(0)
  expect(free, 'the demo seed keeps the first date nearly full').toBeLessThanOrEqual(names.length)
  const seated = names.slice(0, free).map((name) => person(name, 'venteliste', database))
  const first = seated[0]!
  const waiting = person('Ole Lund', 'venteliste', database)

  for (const who of seated) {
    const answer = await signUpOnCoursePage(browser, site, who, 0, 'Meld deg på')
    expect(answer.heading, `${who.name} gets a seat`).toBe('Du er påmeldt')
  }

  const queued = await signUpOnCoursePage(browser, site, waiting, 0, 'Sett deg på venteliste')
  expect(queued.heading).toBe('Du står på ventelisten')
  expect(queued.body).toContain('som nummer 1')
  await mailTo(stack.mailSink, waiting.email, `Du står på venteliste: ${course}`)

  const confirmation = await mailTo(stack.mailSink, first.email, `Påmeldingen er bekreftet: ${course}`)
  const cancelLink = cancelLinkIn(confirmation)
  expect(cancelLink, 'the confirmation carries a cancel link').not.toBeNull()

  await withContext(browser, desktop, async (context) => {
    const page = await context.newPage()
    // Opening the link only asks; a mail scanner that follows it must not cancel anything.
    await page.goto(cancelLink!)
    await page.getByRole('heading', { name: 'Meld deg av' }).waitFor()
    expect(await page.locator('body').textContent()).toContain(course)
    await page.getByRole('button', { name: 'Ja, meld meg av' }).click()
    await page.getByRole('heading', { name: 'Du er meldt av' }).waitFor()
  })

  await mailTo(stack.mailSink, first.email, `Du er meldt av: ${course}`)
  const promoted = await mailTo(stack.mailSink, waiting.email, `Du har fått plass: ${course}`)
  expect(cancelLinkIn(promoted), 'the promotion email carries a cancel link').not.toBeNull()

  // The freed seat went to the waiting list, so the date is still full for the next visitor.
  await withContext(browser, desktop, async (context) => {
    const page = await context.newPage()
    await page.goto(site + coursePagePath)
    const firstDate = dateButtons(page).first()
    await firstDate.waitFor()
    expect(await firstDate.textContent()).toContain('Sett deg på venteliste')
  })
}

/** The free seats of the course's first date, as its seat label says ("Bare 3 plasser igjen", "12 ledige plasser"). */
async function freeSeatsOnFirstDate(browser: Browser, site: string): Promise<number> {
  return withContext(browser, desktop, async (context) => {
    const page = await context.newPage()
    await page.goto(site + coursePagePath)
    const label = page.locator('kk-course').locator('[part="seat-status"]').first()
    await label.waitFor()
    const text = (await label.textContent()) ?? ''
    const count = /(\d+)/.exec(text)?.[1]
    if (!count) throw new Error(`The first date's seat label "${text}" names no number of free seats`)
    return Number(count)
  })
}
