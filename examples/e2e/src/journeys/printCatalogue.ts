import { extractText, getDocumentProxy } from 'unpdf'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { desktop, withContext } from '../chromium.js'
import type { Journey } from './context.js'
import { offeringPagePath } from './publicPagesPassAxe.js'

/** What the screen shows for finding and moving about, and paper must not: skip link, menu, topics, filters, login. */
const screenOnly = ['Hopp til hovedinnholdet', 'Kurs og program', 'Alle temaer', 'Vis kurs', 'Nullstill', 'Logg inn i kurskatalogen']
/** The sign-up form and the calendar link on an offering page: actions, not content. */
const offeringScreenOnly = ['Legg datoen i kalenderen', 'E-post på jobb', 'Hopp til hovedinnholdet']

// Chromium's PDF text comes in runs whose spaces and line breaks vary; compare without them.
const squash = (text: string) => text.replace(/\s+/g, '')

/** Chromium's print-to-PDF of the page as it is now (print media, A4 unless told), as text per sheet. */
async function printedPages(page: Page, format: 'A4' | 'A5' = 'A4'): Promise<string[]> {
  const pdf = await page.pdf({ format })
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: false })
  return text
}

/** The text a page shows on screen, shadow roots aside: proof that the labels checked for on paper exist. */
const screenText = (page: Page) => page.evaluate(() => document.body.textContent ?? '')

/**
 * Printing /kurs from Chromium gives the offer and nothing to click: no menu, topics, filters or skip link, each
 * offering whole on one sheet (its first line, title and last line on the same one), and its address written out.
 */
export async function printCatalogue({ browser, stack }: Journey): Promise<void> {
  await withContext(browser, desktop, async (context) => {
    const page = await context.newPage()
    expect((await page.goto(`${stack.urls.cms}/kurs`))?.status()).toBe(200)
    await page.getByRole('heading', { level: 1, name: 'Kurs og lederutvikling' }).waitFor()
    const onScreen = await screenText(page)
    for (const label of screenOnly) expect(onScreen, `the screen shows "${label}"`).toContain(label)

    // Each card's first line, title, address and last line, as the print layout lays them out.
    await page.emulateMedia({ media: 'print' })
    const cards = await page.locator('.offerings .card').evaluateAll((elements) =>
      elements.map((card) => {
        const link = card.querySelector('h3 a')
        const lines = (card as HTMLElement).innerText.split('\n').map((line) => line.trim()).filter(Boolean)
        return { firstLine: lines[0] ?? '', title: link?.textContent?.trim() ?? '', href: link?.getAttribute('href') ?? '', lastLine: lines.at(-1) ?? '' }
      }),
    )
    expect(cards.length, 'the demo catalogue lists offerings').toBeGreaterThan(3)

    // A4 as asked; A5 too, where the demo's few cards meet a sheet's end more often.
    for (const format of ['A4', 'A5'] as const) {
      const sheets = await printedPages(page, format)
      expect(sheets.length, `${format}: the list takes more than one sheet, so a card could be cut`).toBeGreaterThan(1)
      const squashed = sheets.map(squash)
      const all = squashed.join('')
      for (const label of screenOnly) expect(all, `${format}: "${label}" is on paper`).not.toContain(squash(label))
      expect(all).toContain(squash(`Utskrift fra ${stack.urls.cms}/kurs`))

      const sheetOf = cards.map((card, index) => {
        const [title, first, last] = [squash(card.title), squash(card.firstLine), squash(card.lastLine)]
        const on = squashed.flatMap((sheet, sheetIndex) => (sheet.includes(title) ? [sheetIndex] : []))
        expect(on, `${format}: "${card.title}" is printed on exactly one sheet`).toHaveLength(1)
        const sheet = squashed[on[0]!]!
        // The card runs from its first line, right before its title, to the next card's first line on the same sheet.
        const start = sheet.indexOf(title)
        expect(sheet.slice(start - first.length, start), `${format}: "${card.title}" begins on the sheet of its title`).toBe(first)
        const next = cards[index + 1] ? sheet.indexOf(squash(cards[index + 1]!.title), start + title.length) : -1
        const printed = sheet.slice(start, next === -1 ? undefined : next)
        expect(printed, `${format}: "${card.title}" ends with "${card.lastLine}" on the sheet where it begins`).toContain(last)
        expect(printed, `${format}: "${card.title}" has its address written out`).toContain(squash(`(${card.href})`))
        return on[0]!
      })
      if (format === 'A5') expect(new Set(sheetOf).size, 'A5: the cards run over more than one sheet').toBeGreaterThan(1)
    }
  })

  await withContext(browser, desktop, async (context) => {
    const page = await context.newPage()
    expect((await page.goto(stack.urls.cms + offeringPagePath))?.status()).toBe(200)
    await page.locator('kk-signup-form').first().getByLabel('E-post på jobb').waitFor()
    const onScreen = await screenText(page)
    expect(onScreen).toContain('Legg datoen i kalenderen')
    const all = (await printedPages(page)).map(squash).join('')
    for (const label of offeringScreenOnly) expect(all, `"${label}" is on paper`).not.toContain(squash(label))
    expect(all).toContain(squash('Datoer og påmelding'))
    expect(all).toContain(squash(`Utskrift fra ${stack.urls.cms}${offeringPagePath}`))
  })
}
