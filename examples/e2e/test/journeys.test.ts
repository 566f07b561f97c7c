import { startStack, type Stack } from '@kurskatalog/stack'
import { cmsTestDatabases, type CmsDatabase } from '@kurskatalog/test-support'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, it } from 'vitest'
import { desktop, launchChromium, phone } from '../src/chromium.js'
import type { Journey } from '../src/journeys/context.js'
import { brochureFromTheCatalogue } from '../src/journeys/brochureFromTheCatalogue.js'
import { filterByTopic } from '../src/journeys/filterByTopic.js'
import { keyboardSignup } from '../src/journeys/keyboardSignup.js'
import { offlineOnFirstVisit, offlineWhileOnThePage } from '../src/journeys/offline.js'
import { organiserDesk } from '../src/journeys/organiserDesk.js'
import { printCatalogue } from '../src/journeys/printCatalogue.js'
import { publicPagesPassAxe } from '../src/journeys/publicPagesPassAxe.js'
import { serviceRequest } from '../src/journeys/serviceRequest.js'
import { signUpFromTheList } from '../src/journeys/signUpFromTheList.js'
import { statementFromTheFooter } from '../src/journeys/statementFromTheFooter.js'
import { strictCsp } from '../src/journeys/strictCsp.js'
import { waitingList } from '../src/journeys/waitingList.js'
import { person } from '../src/people.js'
import { noScreenshots, saveScreenshots } from '../src/screenshots.js'

// One Chromium for the whole suite; every journey opens its own contexts in it.
let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

// Each database gets one stack (built CMS, example sites, mail sink) on free ports; its journeys run
// against it one after the other with their own people and dates, so they never share a seat.
describe.each(cmsTestDatabases)('the whole journey on $name', ({ name, create }) => {
  let database: CmsDatabase | undefined
  let stack: Stack | undefined
  const journey = (): Journey => {
    if (!stack) throw new Error(`The stack on ${name} did not start`)
    // Only the SQLite run takes the README's pictures, so the two runs never write the same file.
    return { browser, stack, database: name, screenshot: name === 'sqlite' ? saveScreenshots : noScreenshots }
  }

  beforeAll(async () => {
    database = await create()
    stack = await startStack({ database, log: process.env.KK_LOG === '1' })
  })
  afterAll(async () => {
    await stack?.stop()
    await database?.stop()
  })

  it('a visitor narrows the list, opens a course and signs up; the email has an .ics and a cancel link; an editor sees the registration', () =>
    signUpFromTheList(journey()))

  it('a visitor filters the list to a topic', () => filterByTopic(journey()))

  it('a full date puts the next person on the waiting list; a cancellation through the emailed link moves them up and emails them', () =>
    waitingList(journey()))

  it('the whole sign-up by keyboard alone', () => keyboardSignup(journey(), person('Sigrid Dahl', 'tastatur', name), desktop))

  it('the whole sign-up by keyboard alone on a 360 px wide phone', () =>
    keyboardSignup(journey(), person('Jonas Moe', 'mobil', name), phone))

  it('a service request from the agency site reaches the admin as new', () => serviceRequest(journey()))

  it('an editor lands on the dashboard, opens a session, exports it, prints its sign-in sheet, marks attendance at four gatherings, and the completed participant gets a certificate', () =>
    organiserDesk(journey()))

  it('a new user opens the brochure of the demo catalogue, and it follows an editor\'s published change', () => brochureFromTheCatalogue(journey()))

  it('the widgets render under a strict Content-Security-Policy with no violations', () => strictCsp(journey()))

  it('the accessibility statement, the list, an offering and a service pass axe (WCAG 2.1 A and AA) and reflow at 320 px', () =>
    publicPagesPassAxe(journey()))

  it('a keyboard user skips to the content, sees where focus is, and reaches the statement from the footer', () =>
    statementFromTheFooter(journey()))

  it('printing /kurs gives the offer without menu or filters, each offering whole on one sheet, its address written out', () =>
    printCatalogue(journey()))

  it('with the CMS stopped, an open page shows the offline state with the catalogue link, and recovers', () =>
    offlineWhileOnThePage(journey()))

  it('with the CMS stopped, a first visit still shows the way to the catalogue, not a blank space', () =>
    offlineOnFirstVisit(journey()))
})
