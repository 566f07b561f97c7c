import { apiPaths } from '@kurskatalog/contract'
import { expect, fixture, html } from '@open-wc/testing'
import '../src/components/course/kk-course.js'
import type { KkCourse } from '../src/components/course/kk-course.js'
import { detail, session } from './support/data.js'
import { $, shadow, text, until, untilText } from './support/dom.js'
import { json, pending, stubFetch, unreachable, type FetchStub } from './support/fetch-stub.js'

const api = 'https://kurs.example.test'

describe('<kk-course>', () => {
  let stub: FetchStub | undefined
  afterEach(() => stub?.restore())

  it('shows a loading state', async () => {
    stub = stubFetch(pending)
    const el = await fixture<KkCourse>(html`<kk-course api=${api} slug="medarbeidersamtalen"></kk-course>`)
    await untilText(el, 'Laster')
    await expect(el).to.be.accessible()
    expect(stub.calls[0]!.url.href).to.equal(api + apiPaths.offering('medarbeidersamtalen'))
  })

  it('shows the course: description, outcomes, facilitators and every date with its meetings', async () => {
    stub = stubFetch(() =>
      json(
        detail({
          sessions: [
            session({
              meetings: [
                { startsAt: '2026-03-03T08:00:00.000Z', endsAt: '2026-03-03T14:00:00.000Z', place: { name: 'Rådhuset', address: null }, online: false },
                { startsAt: '2026-03-10T08:00:00.000Z', endsAt: '2026-03-10T10:00:00.000Z', place: null, online: true },
              ],
            }),
            session({ id: 'sess-2', seatStatus: 'waitlist', seatsLeft: 0 }),
            session({ id: 'sess-3', seatStatus: 'cancelled', seatsLeft: 0 }),
          ],
        }),
      ),
    )
    const el = await fixture<KkCourse>(html`<kk-course api=${api} slug="medarbeidersamtalen"></kk-course>`)
    await until(el, '[part~="title"]')
    expect($(el, 'h2').textContent).to.equal('Medarbeidersamtalen')
    const all = text(el)
    for (const expected of ['En dag om samtalen som betyr mest.', 'Planlegge en samtale', 'Ola Nordmann, Rådgiver', '2 samlinger', 'Digitalt', 'Avlyst']) {
      expect(all).to.contain(expected)
    }
    const buttons = [...shadow(el).querySelectorAll('.session button')].map((button) => button.textContent!.trim())
    // No sign-up for a cancelled session; a full one offers the waiting list.
    expect(buttons).to.deep.equal(['Meld deg på', 'Sett deg på venteliste'])
    await expect(el).to.be.accessible()
  })

  it('opens the sign-up form for a date without fetching the session again', async () => {
    stub = stubFetch((call) => (call.url.pathname === apiPaths.offering('medarbeidersamtalen') ? json(detail()) : pending(call)))
    const el = await fixture<KkCourse>(html`<kk-course api=${api} slug="medarbeidersamtalen"></kk-course>`)
    const button = await until(el, '.session button')
    button.click()
    const form = await until(el, 'kk-signup-form')
    expect(form.getAttribute('session')).to.equal('sess-1')
    expect(button.getAttribute('aria-expanded')).to.equal('true')
    await customElements.whenDefined('kk-signup-form')
    await until(form, 'form')
    expect(stub.calls).to.have.length(1)
    await expect(el).to.be.accessible()
  })

  it('says when the course does not exist', async () => {
    stub = stubFetch(() => json({ error: { code: 'not-found', message: 'Fant ikke det du lette etter.' } }, 404))
    const el = await fixture<KkCourse>(html`<kk-course api=${api} slug="borte"></kk-course>`)
    await until(el, '[role="alert"]')
    expect(text(el)).to.contain('Fant ikke det du lette etter.')
    expect(shadow(el).querySelector('button')).to.equal(null)
    await expect(el).to.be.accessible()
  })

  it('offline: says so, offers a retry and a link to the catalogue', async () => {
    stub = stubFetch(unreachable)
    const el = await fixture<KkCourse>(html`<kk-course api=${api} slug="medarbeidersamtalen"></kk-course>`)
    await until(el, '[role="alert"] button')
    expect($(el, '[role="alert"] a').getAttribute('href')).to.equal(`${api}/kurs`)
    await expect(el).to.be.accessible()
  })

  it('renders hostile text from the API as text', async () => {
    stub = stubFetch(() =>
      json(detail({ title: '<img src=x onerror=alert(1)>', description: [{ type: 'paragraph', text: '<script>alert(1)</script>' }] })),
    )
    const el = await fixture<KkCourse>(html`<kk-course api=${api} slug="x"></kk-course>`)
    await until(el, '[part~="title"]')
    expect(shadow(el).querySelector('img, script')).to.equal(null)
    expect(text(el)).to.contain('<script>alert(1)</script>')
  })

  it('a request cut short by leaving the page is made again when the element comes back', async () => {
    let answer = false
    stub = stubFetch((call) => (answer ? json(detail({ title: 'Tilbake igjen' })) : pending(call)))
    const el = await fixture<KkCourse>(html`<kk-course api=${api} slug="medarbeidersamtalen"></kk-course>`)
    const parent = el.parentElement!
    el.remove()
    expect(stub.calls).to.have.length(1)
    expect(stub.calls[0]!.signal?.aborted).to.equal(true)
    answer = true
    parent.append(el)
    await untilText(el, 'Tilbake igjen')
    expect(stub.calls).to.have.length(2)
  })

  it('a new slug replaces the request still on its way, and only the new answer is shown', async () => {
    stub = stubFetch((call) => (call.url.pathname.endsWith('/forste') ? pending(call) : json(detail({ title: 'Det andre kurset' }))))
    const el = await fixture<KkCourse>(html`<kk-course api=${api} slug="forste"></kk-course>`)
    el.slug = 'andre'
    await untilText(el, 'Det andre kurset')
    expect(stub.calls.map((call) => call.signal?.aborted)).to.deep.equal([true, false])
  })
})
