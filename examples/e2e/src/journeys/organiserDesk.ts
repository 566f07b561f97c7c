import { readFile } from 'node:fs/promises'
import { describeViolations, runAxe } from '@kurskatalog/test-support'
import type { Download, Page } from 'playwright-core'
import { extractText, getDocumentProxy } from 'unpdf'
import { expect } from 'vitest'
import { logInToAdmin } from '../admin.js'
import { desktop, withContext } from '../chromium.js'
import { mailTo } from '../mail.js'
import type { Journey } from './context.js'

/** The demo's four-gathering programme, which gives a certificate to those who complete it. */
const programme = { slug: 'tillitsbasert-ledelse', title: 'Tillitsbasert ledelse', gatherings: 4 }

interface DeskParticipant {
  id: string | number
  name: string
  email: string
  status: string
}

/** What the admin's own API says about the programme's session, asked with the editor's login (the page's cookie). */
async function programmeSession(page: Page): Promise<{ id: string | number; participants: DeskParticipant[] }> {
  return page.evaluate(async (slug) => {
    const json = async (url: string) => {
      const answer = await fetch(url, { credentials: 'include' })
      if (!answer.ok) throw new Error(`${url}: ${answer.status}`)
      return answer.json()
    }
    const offering = (await json(`/api/programmes?where[slug][equals]=${slug}&depth=0`)).docs[0]
    const session = (await json(`/api/sessions?where[programme][equals]=${offering.id}&depth=0&sort=startsAt`)).docs[0]
    const desk = await json(`/api/sessions/${session.id}/participants?status=confirmed`)
    return { id: session.id, participants: desk.participants }
  }, programme.slug)
}

const downloaded = async (page: Page, link: string): Promise<{ download: Download; bytes: Buffer }> => {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link, exact: true }).click()])
  return { download, bytes: await readFile((await download.path())!) }
}

const pdfText = async (bytes: Buffer): Promise<string> => {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })
  return text
}

/**
 * An editor's week at the desk: the dashboard says what needs doing; the programme's session shows its
 * counts; its list goes to Excel and its sign-in sheet to the printer; attendance is marked at each of the
 * four gatherings (one person misses two); the participants block counts who completed; the editor marks
 * one who completed as attended, and that person's certificate arrives in the local inbox.
 */
export async function organiserDesk({ browser, stack, screenshot }: Journey): Promise<void> {
  const completer = await withContext(browser, desktop, async (context) => {
    const page = await context.newPage()
    await logInToAdmin(page, stack)

    // The front page is the editors' dashboard, and it passes axe.
    await page.getByRole('heading', { name: 'Oversikt', level: 1 }).waitFor()
    for (const part of ['Neste 30 dager', 'Fare for avlysning', 'Bestillinger som venter på svar', 'Feilede e-poster']) {
      await page.getByRole('heading', { name: part, exact: true }).waitFor()
    }
    const axe = await runAxe(page)
    expect(axe.failing, describeViolations(axe.failing)).toEqual([])
    await screenshot(page, 'admin-dashboard.png')

    const session = await programmeSession(page)
    expect(session.participants.length).toBeGreaterThanOrEqual(3)
    const people = session.participants
    const sessionPage = `${stack.urls.admin}/collections/sessions/${session.id}`

    // The counts at the top of the session.
    await page.goto(sessionPage)
    const counts = page.getByText(/^Bekreftet: \d+$/).first()
    await counts.waitFor()
    expect(await counts.textContent()).toBe(`Bekreftet: ${people.length}`)

    // The list as CSV for a Norwegian Excel: UTF-8 with BOM, semicolons, one row per person.
    const csv = await downloaded(page, 'CSV (Excel)')
    expect(csv.download.suggestedFilename()).toMatch(/\.csv$/)
    const text = csv.bytes.toString('utf8')
    expect(text.charCodeAt(0)).toBe(0xfeff)
    const lines = text.slice(1).trim().split(/\r?\n/)
    expect(lines[0]).toMatch(/^Navn;E-post;/)
    for (const person of people) expect(lines.some((line) => line.includes(person.email))).toBe(true)

    // The sign-in sheet: the programme and every confirmed name, ready to print.
    const sheet = await downloaded(page, 'Deltakerliste (PDF)')
    expect(sheet.bytes.subarray(0, 5).toString()).toBe('%PDF-')
    const sheetText = await pdfText(sheet.bytes)
    expect(sheetText).toContain(programme.title)
    for (const person of people) expect(sheetText).toContain(person.name)

    // Attendance at each gathering: everyone present, but the first person misses gatherings 2 and 3.
    const absentee = people[0]!
    for (let gathering = 1; gathering <= programme.gatherings; gathering++) {
      await page.goto(sessionPage)
      await page.getByRole('link', { name: new RegExp(`^Samling ${gathering} av ${programme.gatherings}\\b`) }).click()
      await page.getByRole('button', { name: 'Merk alle som til stede' }).click()
      if (gathering === 2 || gathering === 3) {
        await page.getByRole('group', { name: absentee.name }).getByRole('radio', { name: 'Ikke til stede' }).check()
      }
      const save = page.getByRole('button', { name: 'Lagre oppmøte' })
      if (gathering === 1) {
        // By keyboard, as someone at the door with a laptop would.
        await save.focus()
        await page.keyboard.press('Enter')
      } else {
        await save.click()
      }
      const absent = gathering === 2 || gathering === 3 ? 1 : 0
      await page.getByText(`Oppmøtet er lagret: ${people.length - absent} til stede, ${absent} ikke til stede, 0 ikke ført.`).waitFor()
      if (gathering === 2) await screenshot(page, 'admin-attendance.png')
    }

    // Completed by the session's rule (all four gatherings): everyone but the absentee.
    await page.goto(sessionPage)
    await page.getByText(`Fullført: ${people.length - 1} (oppmøte på alle ${programme.gatherings} samlinger)`).waitFor()

    // Once the last gathering has ended the queue's run marks them attended; here the editor does it for one
    // person by hand (as the admin allows), and the certificate goes out at once.
    const done = people[1]!
    await page.goto(`${stack.urls.admin}/collections/registrations/${done.id}`)
    await page.locator('#field-status').click()
    await page.getByRole('option', { name: 'Møtte', exact: true }).click()
    await page.getByRole('button', { name: 'Lagre', exact: true }).click()
    await page.getByText(/lagret|oppdatert/i).first().waitFor()
    return done
  })

  // The certificate in the inbox: a PDF with the person's name, the programme and the hours of its four gatherings.
  const email = await mailTo(stack.mailSink, completer.email, `Kursbevis: ${programme.title}`)
  const attachment = email.attachments.find((file) => file.contentType === 'application/pdf' || file.filename?.endsWith('.pdf'))
  expect(attachment, 'the certificate is attached as a PDF').toBeDefined()
  const certificateText = await pdfText(Buffer.from(attachment!.content, 'base64'))
  expect(certificateText).toContain(completer.name)
  expect(certificateText).toContain(programme.title)
  expect(certificateText).toMatch(/28 timer/)
}
