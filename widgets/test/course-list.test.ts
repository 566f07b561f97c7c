import { apiPaths, type OfferingListResponse, type TopicListResponse } from '@kurskatalog/contract'
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing'
import '../src/components/course-list/kk-course-list.js'
import type { KkCourseList } from '../src/components/course-list/kk-course-list.js'
import { listing, offering, session } from './support/data.js'
import { $, shadow, text, until, untilText } from './support/dom.js'
import { json, pending, stubFetch, unreachable, type FetchStub, type RecordedCall } from './support/fetch-stub.js'

const api = 'https://kurs.example.test'

describe('<kk-course-list>', () => {
  let stub: FetchStub | undefined

  beforeEach(() => localStorage.clear())
  afterEach(() => {
    stub?.restore()
    stub = undefined
    localStorage.clear()
  })

  const topics: TopicListResponse = {
    items: [
      { slug: 'medarbeidersamtalen', title: 'Medarbeidersamtalen' },
      { slug: 'tillitsbasert-ledelse', title: 'Tillitsbasert ledelse' },
    ],
  }

  /** Answers the listing (and the topics the visitor's topic filter offers); `calls` records every request. */
  function serve(body: OfferingListResponse | ((url: URL) => OfferingListResponse)) {
    stub = stubFetch(({ url }) => json(url.pathname === apiPaths.topics ? topics : typeof body === 'function' ? body(url) : body))
    return stub
  }

  const listingCalls = (calls: RecordedCall[]) => calls.filter((call) => call.url.pathname === apiPaths.offerings)

  it('shows a loading state while the catalogue is on its way', async () => {
    stub = stubFetch(pending)
    const el = await fixture<KkCourseList>(html`<kk-course-list api=${api}></kk-course-list>`)
    await untilText(el, 'Laster kurs')
    expect($(el, '[role="status"]').textContent).to.contain('Laster kurs')
    await expect(el).to.be.accessible()
  })

  it('asks the API for the webmaster\'s filters, through the contract\'s path', async () => {
    const { calls } = serve(listing([offering()]))
    const el = await fixture<KkCourseList>(
      html`<kk-course-list api=${api} agency="bydel-frogner" topic="ledelse" kind="course" limit="5"></kk-course-list>`,
    )
    await until(el, '.items')
    // The webmaster fixed the topic, so the visitor gets no topic filter and the topics are never fetched.
    expect(calls).to.have.length(1)
    const url = calls[0]!.url
    expect(url.origin).to.equal(api)
    expect(url.pathname).to.equal(apiPaths.offerings)
    expect(Object.fromEntries(url.searchParams)).to.deep.equal({ agency: 'bydel-frogner', topic: 'ledelse', kind: 'course', limit: '5' })
  })

  it('lists courses with their next dates, place and seat status', async () => {
    serve(
      listing([
        offering(),
        offering({
          slug: 'mestringsorientert-ledelse',
          title: 'Mestringsorientert ledelse',
          nextSessions: [session({ id: 's2', seatStatus: 'waitlist', seatsLeft: 0 })],
        }),
      ]),
    )
    const el = await fixture<KkCourseList>(html`<kk-course-list api=${api}></kk-course-list>`)
    await until(el, '.items')
    const items = shadow(el).querySelectorAll('[part~="item"]')
    expect(items).to.have.length(2)
    expect(items[0]!.textContent).to.contain('3 ledige plasser')
    expect(items[0]!.textContent).to.contain('Rådhuset, møterom 3')
    // 08:00Z on 3 March is 09:00 in Oslo (winter time).
    expect(items[0]!.textContent).to.match(/tirsdag 3\. mars 2026.*09:00/)
    expect(items[1]!.textContent).to.contain('Fullt – venteliste')
    expect(text(el)).to.contain('Viser 2 av 2')
    await expect(el).to.be.accessible()
  })

  it('says so when nothing matches', async () => {
    serve(listing([]))
    const el = await fixture<KkCourseList>(html`<kk-course-list api=${api}></kk-course-list>`)
    await untilText(el, 'Det er ingen kurs i katalogen akkurat nå.')
    await expect(el).to.be.accessible()
  })

  it('shows an error with a retry that works', async () => {
    let fail = true
    stub = stubFetch(() => (fail ? json({ error: { code: 'internal', message: 'boom' } }, 500) : json(listing([offering()]))))
    const el = await fixture<KkCourseList>(html`<kk-course-list api=${api}></kk-course-list>`)
    await until(el, '[role="alert"]')
    expect(text(el)).to.contain('Vi kunne ikke hente kurskatalogen.')
    await expect(el).to.be.accessible()
    fail = false
    $(el, '[role="alert"] button').click()
    await until(el, '.items')
    // The failed listing and its retry (the topics request is the third call).
    expect(listingCalls(stub.calls)).to.have.length(2)
  })

  it('offline: shows the last catalogue this browser saw, marked as possibly out of date', async () => {
    serve(listing([offering({ title: 'Lagret kurs' })]))
    const first = await fixture<KkCourseList>(html`<kk-course-list api=${api} agency="uke"></kk-course-list>`)
    await until(first, '.items')
    // The copy is written once the list has been painted.
    await waitUntil(() => localStorage.length > 0, 'the catalogue saved in this browser')
    stub!.restore()
    stub = stubFetch(unreachable)
    const el = await fixture<KkCourseList>(html`<kk-course-list api=${api} agency="uke"></kk-course-list>`)
    await untilText(el, 'Lagret kurs')
    expect(text(el)).to.contain('Vi får ikke kontakt med kurskatalogen')
    expect(text(el)).to.contain('kan ha endret seg')
    expect($(el, '[part~="notice"] a').getAttribute('href')).to.equal(`${api}/kurs`)
    await expect(el).to.be.accessible()
  })

  it('offline with nothing saved: says so and links to the catalogue-url', async () => {
    stub = stubFetch(unreachable)
    const el = await fixture<KkCourseList>(
      html`<kk-course-list api=${api} catalogue-url="https://www.oslo.kommune.no/kurs"></kk-course-list>`,
    )
    await until(el, '[role="alert"]')
    expect(text(el)).to.contain('Vi får ikke kontakt med kurskatalogen')
    expect($(el, '[role="alert"] a').getAttribute('href')).to.equal('https://www.oslo.kommune.no/kurs')
    await expect(el).to.be.accessible()
  })

  it('treats a gateway error (CMS down behind a proxy) as offline', async () => {
    stub = stubFetch(() => new Response('Bad gateway', { status: 502 }))
    const el = await fixture<KkCourseList>(html`<kk-course-list api=${api}></kk-course-list>`)
    await untilText(el, 'Vi får ikke kontakt med kurskatalogen')
  })

  it('renders markup in titles and summaries as text, and keeps it out of the JSON-LD script', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"></script><script>window.__pwned=2</script>'
    serve(listing([offering({ title: hostile, summary: `<b>${hostile}</b>` })]))
    const el = await fixture<KkCourseList>(html`<kk-course-list api=${api}></kk-course-list>`)
    await until(el, '.items')
    expect(shadow(el).querySelector('img, b, script')).to.equal(null)
    expect($(el, '[part~="title"]').textContent).to.contain('<img src=x')
    const script = el.querySelector('script[type="application/ld+json"]')!
    expect(script.textContent).not.to.contain('</script>')
    expect(JSON.parse(script.textContent!)['@graph'][0].name).to.equal(hostile)
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined)
  })

  it('puts schema.org Course and CourseInstance JSON-LD in the light DOM', async () => {
    serve(listing([offering()]))
    const el = await fixture<KkCourseList>(html`<kk-course-list api=${api} course-url="/kurs/{slug}"></kk-course-list>`)
    await until(el, '.items')
    const scripts = el.querySelectorAll('script[type="application/ld+json"]')
    expect(scripts).to.have.length(1)
    const data = JSON.parse(scripts[0]!.textContent!)
    expect(data['@context']).to.equal('https://schema.org')
    const course = data['@graph'][0]
    expect(course['@type']).to.equal('Course')
    expect(course.url).to.equal(new URL('/kurs/medarbeidersamtalen', location.href).href)
    expect(course.hasCourseInstance[0]).to.include({ '@type': 'CourseInstance', courseMode: 'onsite', startDate: '2026-03-03T08:00:00.000Z' })
  })

  it('links to the host page from course-url and fires a cancelable kk-course-open', async () => {
    serve(listing([offering()]))
    const el = await fixture<KkCourseList>(html`<kk-course-list api=${api} course-url="/kurs/{slug}"></kk-course-list>`)
    const link = (await until(el, '[part~="title"] a')) as HTMLAnchorElement
    expect(link.getAttribute('href')).to.equal('/kurs/medarbeidersamtalen')
    document.addEventListener('kk-course-open', (event) => event.preventDefault(), { once: true })
    const opened = oneEvent(document, 'kk-course-open')
    link.click()
    const event = await opened
    expect(event.detail).to.deep.equal({ slug: 'medarbeidersamtalen', title: 'Medarbeidersamtalen', url: '/kurs/medarbeidersamtalen' })
    expect(event.bubbles && event.composed).to.equal(true)
    expect(location.pathname).not.to.equal('/kurs/medarbeidersamtalen')
  })

  it('opens a course inline when there is no course-url', async () => {
    stub = stubFetch((call) => (call.url.pathname === apiPaths.offerings ? json(listing([offering()])) : pending(call)))
    const el = await fixture<KkCourseList>(html`<kk-course-list api=${api}></kk-course-list>`)
    const button = await until(el, '[part~="title"] button')
    expect(button.getAttribute('aria-expanded')).to.equal('false')
    const opened = oneEvent(el, 'kk-course-open')
    button.click()
    expect((await opened).detail.url).to.equal(null)
    const course = await until(el, 'kk-course')
    expect(course.getAttribute('slug')).to.equal('medarbeidersamtalen')
    expect(button.getAttribute('aria-expanded')).to.equal('true')
    await customElements.whenDefined('kk-course')
  })

  it('lets the visitor search and filter, and pages with "show more"', async () => {
    const all = Array.from({ length: 5 }, (_, i) => offering({ slug: `kurs-${i}`, title: `Kurs ${i}` }))
    const { calls } = serve((url) => {
      const page = Number(url.searchParams.get('page') ?? 1)
      return listing(all.slice((page - 1) * 2, page * 2), { page, limit: 2, totalItems: 5, totalPages: 3 })
    })
    const el = await fixture<KkCourseList>(html`<kk-course-list api=${api} limit="2"></kk-course-list>`)
    await until(el, '.items')
    $(el, '.more button').click()
    await untilText(el, 'Viser 4 av 5')
    expect(calls.at(-1)!.url.searchParams.get('page')).to.equal('2')
    // Focus lands on the first course that was added.
    expect(shadow(el).activeElement?.textContent).to.contain('Kurs 2')

    const search = $(el, '#q') as HTMLInputElement
    search.value = 'samtale'
    $(el, 'form button[type="submit"]').click()
    await untilText(el, 'Viser 2 av 5')
    expect(calls.at(-1)!.url.searchParams.get('q')).to.equal('samtale')
    expect(calls.at(-1)!.url.searchParams.has('page')).to.equal(false)

    const audience = $(el, '#audience') as HTMLSelectElement
    audience.value = 'leaders'
    audience.dispatchEvent(new Event('change'))
    await aTimeout(0)
    await until(el, '.items')
    expect(calls.at(-1)!.url.searchParams.get('audience')).to.equal('leaders')
    await expect(el).to.be.accessible()
  })

  it('lets the visitor narrow the list to one of the catalogue\'s topics', async () => {
    const { calls } = serve(listing([offering()]))
    const el = await fixture<KkCourseList>(html`<kk-course-list api=${api}></kk-course-list>`)
    await until(el, '#topic')
    const topic = $(el, '#topic') as HTMLSelectElement
    expect([...topic.options].map((option) => option.textContent)).to.deep.equal(['Alle', 'Medarbeidersamtalen', 'Tillitsbasert ledelse'])
    expect(shadow(el).querySelector('label[for="topic"]')?.textContent).to.equal('Tema')
    topic.value = 'medarbeidersamtalen'
    topic.dispatchEvent(new Event('change'))
    await aTimeout(0)
    await until(el, '.items')
    expect(listingCalls(calls).at(-1)!.url.searchParams.get('topic')).to.equal('medarbeidersamtalen')
    await expect(el).to.be.accessible()
  })

  it('aborts the request in flight when its filters change', async () => {
    stub = stubFetch(pending)
    const el = await fixture<KkCourseList>(html`<kk-course-list api=${api} topic="a"></kk-course-list>`)
    await untilText(el, 'Laster kurs')
    el.topic = 'b'
    await el.updateComplete
    await aTimeout(0)
    expect(stub.calls).to.have.length(2)
    expect(stub.calls[0]!.signal!.aborted).to.equal(true)
    expect(stub.calls[1]!.signal!.aborted).to.equal(false)
  })

  it('speaks the language of its lang attribute, its ancestors or the page, and follows changes', async () => {
    serve(listing([offering()]))
    const wrapper = await fixture(html`<div lang="nn"><kk-course-list api=${api}></kk-course-list></div>`)
    const el = wrapper.querySelector('kk-course-list')!
    await until(el, '.items')
    expect(text(el)).to.contain('3 ledige plassar')
    wrapper.setAttribute('lang', 'en-GB')
    await untilText(el, '3 seats left')
    expect($(el, 'label[for="q"]').textContent).to.equal('Search the courses')
    el.setAttribute('lang', 'nb')
    await untilText(el, '3 ledige plasser')
    el.lang = 'en'
    await untilText(el, '3 seats left')
  })

  it('takes its colours from --kk-* custom properties', async () => {
    serve(listing([offering()]))
    const wrapper = await fixture(
      html`<div style="--kk-color-primary: rgb(1, 2, 3); --kk-font-family: monospace"><kk-course-list api=${api}></kk-course-list></div>`,
    )
    const el = wrapper.querySelector('kk-course-list')!
    await until(el, '.items')
    const button = $(el, 'form button')
    expect(getComputedStyle(button).backgroundColor).to.equal('rgb(1, 2, 3)')
    expect(getComputedStyle(button).fontFamily).to.equal('monospace')
  })

  it('draws its borders and focus ring in the primary colour unless told otherwise, as documented', async () => {
    serve(listing([offering()]))
    const wrapper = await fixture<HTMLDivElement>(html`<div style="--kk-color-primary: rgb(1, 2, 3)"><kk-course-list api=${api}></kk-course-list></div>`)
    const el = wrapper.querySelector('kk-course-list')!
    await until(el, '.items')
    const item = $(el, '[part~="item"]')
    expect(getComputedStyle(item).borderTopColor).to.equal('rgb(1, 2, 3)')
    const title = $(el, '.title-button')
    title.focus({ focusVisible: true } as FocusOptions)
    expect(getComputedStyle(title).outlineColor).to.equal('rgb(1, 2, 3)')
    // Their own properties still win.
    wrapper.style.setProperty('--kk-color-border', 'rgb(7, 8, 9)')
    wrapper.style.setProperty('--kk-color-focus', 'rgb(10, 11, 12)')
    expect(getComputedStyle(item).borderTopColor).to.equal('rgb(7, 8, 9)')
    expect(getComputedStyle(title).outlineColor).to.equal('rgb(10, 11, 12)')
  })

  it('can be styled from the page through ::part', async () => {
    serve(listing([offering()]))
    const wrapper = await fixture(
      html`<div><style>.themed kk-course-list::part(item) { background-color: rgb(4, 5, 6); }</style><div class="themed"><kk-course-list api=${api}></kk-course-list></div></div>`,
    )
    const el = wrapper.querySelector('kk-course-list')!
    await until(el, '.items')
    expect(getComputedStyle($(el, '[part~="item"]')).backgroundColor).to.equal('rgb(4, 5, 6)')
  })

  it('fits a 320 px phone (288 px column) with the real demo titles, at normal and twice the font size', async () => {
    serve(
      listing([
        offering({
          title: 'Medarbeidersamtaler for tillitsbasert styring og ledelse',
          nextSessions: [session({ seatStatus: 'few-left', seatsLeft: 3 }), session({ id: 'sess-2', seatStatus: 'waitlist', seatsLeft: 0 })],
        }),
      ]),
    )
    for (const fontSize of ['100%', '200%']) {
      const wrapper = await fixture(html`<div style="width: 288px; font-size: ${fontSize}"><kk-course-list api=${api}></kk-course-list></div>`)
      const el = wrapper.querySelector('kk-course-list')!
      await until(el, '.items')
      for (const child of shadow(el).querySelectorAll<HTMLElement>('*')) {
        expect(child.getBoundingClientRect().right, `${fontSize} ${child.outerHTML.slice(0, 80)}`).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5)
      }
    }
  })

  it('fits 320 px without horizontal scrolling, at twice the font size', async () => {
    serve(listing([offering({ title: 'Et svært langt kurs­navn som ikke får plass på én linje i en smal visning' })]))
    const wrapper = await fixture(html`<div style="width: 320px; font-size: 200%"><kk-course-list api=${api}></kk-course-list></div>`)
    const el = wrapper.querySelector('kk-course-list')!
    await until(el, '.items')
    expect(el.scrollWidth).to.be.at.most(320)
    for (const child of shadow(el).querySelectorAll<HTMLElement>('*')) {
      expect(child.getBoundingClientRect().right, child.outerHTML.slice(0, 80)).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5)
    }
  })
})
