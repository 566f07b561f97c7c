import { expect, fixture, html } from '@open-wc/testing'
import '../src/components/course-list/kk-course-list.js'
import '../src/components/course/kk-course.js'
import { detail, listing, offering, session } from './support/data.js'
import { $, shadow, until, untilText } from './support/dom.js'
import { json, stubFetch, type FetchStub } from './support/fetch-stub.js'

const api = 'https://kurs.example.test'

// 15 December 2026, 09:00–15:00 in Oslo; sign-up closes at the end of 13 December.
const december = session({
  startsAt: '2026-12-15T08:00:00.000Z',
  endsAt: '2026-12-15T14:00:00.000Z',
  meetings: [{ startsAt: '2026-12-15T08:00:00.000Z', endsAt: '2026-12-15T14:00:00.000Z', place: { name: 'Rådhuset', address: null }, online: false }],
  signupDeadline: '2026-12-13T22:59:00.000Z',
})
const priced = { price: { free: false, amountNok: 12000 }, nextSessions: [december] }

// Raw text: the test helper's text() folds no-break spaces into plain ones, and those are what is checked here.
const raw = (element: Element, selector: string) => $(element, selector).textContent ?? ''

// Debian's Chromium has no nynorsk Intl data; a browser that has it says "tysdag", one without it must say bokmål's
// "tirsdag", never the browser's own language. Norwegian groups thousands with a no-break space (U+00A0, or the
// narrow U+202F in some ICU versions).
const norwegian = {
  when: /^(tysdag|tirsdag) 15\. desember 2026,? (kl\. )?09:00–15:00$/,
  deadline: /Påmeldingsfrist 13\. desember 2026/,
  price: /12[\u00a0\u202f]000 kr/,
}

describe('dates, times and numbers in the page language', () => {
  let stub: FetchStub | undefined
  beforeEach(() => localStorage.clear())
  afterEach(() => {
    stub?.restore()
    localStorage.clear()
  })

  for (const lang of ['nn', 'nb']) {
    it(`lang="${lang}": <kk-course> says Norwegian month and weekday names, 24-hour time and "12 000 kr"`, async () => {
      stub = stubFetch(() => json(detail({ ...priced, sessions: [december] })))
      const el = await fixture(html`<kk-course lang=${lang} api=${api} slug="medarbeidersamtalen"></kk-course>`)
      await until(el, '.session')
      expect(raw(el, '.session-when time')).to.match(norwegian.when)
      expect(raw(el, '.session')).to.match(norwegian.deadline)
      expect(raw(el, '.meta')).to.match(norwegian.price)
      expect(shadow(el).textContent).not.to.match(/December|Tuesday|AM|PM|12,000/)
    })

    it(`lang="${lang}": <kk-course-list> says Norwegian dates and "12 000 kr"`, async () => {
      stub = stubFetch(() => json(listing([offering(priced)])))
      const el = await fixture(html`<kk-course-list lang=${lang} api=${api}></kk-course-list>`)
      await until(el, '.items')
      expect(raw(el, '.sessions time')).to.match(norwegian.when)
      expect(raw(el, '.item .meta')).to.match(norwegian.price)
      expect(shadow(el).textContent).not.to.match(/December|Tuesday|AM|PM|12,000/)
    })
  }

  it('lang="en": British English dates with 24-hour time, and "NOK 12,000"', async () => {
    stub = stubFetch(() => json(detail({ ...priced, sessions: [december] })))
    const el = await fixture(html`<kk-course lang="en" api=${api} slug="medarbeidersamtalen"></kk-course>`)
    await untilText(el, 'Sign-up deadline')
    expect(raw(el, '.session-when time')).to.equal('Tuesday, 15 December 2026, 09:00–15:00')
    expect(raw(el, '.session')).to.contain('Sign-up deadline 13 December 2026')
    expect(raw(el, '.meta')).to.contain('NOK 12,000')
  })
})
