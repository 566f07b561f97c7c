import { apiPaths } from '@kurskatalog/contract'
import { expect, waitUntil } from '@open-wc/testing'
import { askEarly } from '../src/components/course-list/early-listing.js'
import '../src/components/course-list/kk-course-list.js'
import { listing, offering } from './support/data.js'
import { $, shadow, text, until, untilText } from './support/dom.js'
import { json, stubFetch, unreachable, type FetchStub, type RecordedCall } from './support/fetch-stub.js'

const api = 'https://kurs.example.test'

// What the entry does for a <kk-course-list> it finds before the list's code is here, done by hand: attributes
// set, the early request asked, then the element put on the page (its code is already defined in this file).
describe('a <kk-course-list> whose first page the entry asked for early', () => {
  let stub: FetchStub | undefined
  const placed: Element[] = []

  beforeEach(() => localStorage.clear())
  afterEach(() => {
    stub?.restore()
    stub = undefined
    placed.splice(0).forEach((element) => element.remove())
    localStorage.clear()
  })

  const listingCalls = (calls: RecordedCall[]) => calls.filter((call) => call.url.pathname === apiPaths.offerings)

  function list(attributes: Record<string, string>): HTMLElement {
    const el = document.createElement('kk-course-list')
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value)
    return el
  }

  function place(el: HTMLElement): HTMLElement {
    placed.push(el)
    document.body.append(el)
    return el
  }

  it('shows the early answer and asks for its listing no second time', async () => {
    stub = stubFetch(({ url }) => json(url.pathname === apiPaths.offerings ? listing([offering({ title: 'Tidlig svar' })]) : { items: [] }))
    const el = list({ api, agency: 'bydel-frogner', limit: '5' })
    askEarly(el)
    expect(listingCalls(stub.calls)).to.have.length(1)
    place(el)
    await untilText(el, 'Tidlig svar')
    expect(listingCalls(stub.calls)).to.have.length(1)
    expect(Object.fromEntries(stub.calls[0]!.url.searchParams)).to.deep.equal({ agency: 'bydel-frogner', limit: '5' })
    expect(stub.calls[0]!.url.origin).to.equal(api)
  })

  it('asks again, and shows only its own answer, when its attributes changed after the early request', async () => {
    stub = stubFetch(({ url }) => json(listing([offering({ title: `Tema ${url.searchParams.get('topic')}` })])))
    const el = list({ api, topic: 'ledelse', 'no-filters': '' })
    askEarly(el)
    el.setAttribute('topic', 'medarbeidersamtalen')
    place(el)
    await untilText(el, 'Tema medarbeidersamtalen')
    const calls = listingCalls(stub.calls)
    expect(calls.map((call) => call.url.searchParams.get('topic'))).to.deep.equal(['ledelse', 'medarbeidersamtalen'])
    expect(text(el)).not.to.contain('Tema ledelse')
  })

  it('takes the early request once: a retry after its failure asks again', async () => {
    let fail = true
    stub = stubFetch(() => (fail ? json({ error: { code: 'internal', message: 'boom' } }, 500) : json(listing([offering()]))))
    const el = list({ api, 'no-filters': '' })
    askEarly(el)
    place(el)
    await until(el, '[role="alert"]')
    expect(text(el)).to.contain('Vi kunne ikke hente kurskatalogen.')
    fail = false
    $(el, '[role="alert"] button').click()
    await until(el, '.items')
    expect(listingCalls(stub.calls)).to.have.length(2)
  })

  it('an early request that cannot reach the API shows the saved copy, as the element\'s own request would', async () => {
    stub = stubFetch(() => json(listing([offering({ title: 'Lagret kurs' })])))
    const first = place(list({ api, 'no-filters': '' }))
    await until(first, '.items')
    // The copy is written once the list has been painted.
    await waitUntil(() => localStorage.length > 0, 'the catalogue saved in this browser')
    stub.restore()
    stub = stubFetch(unreachable)
    const el = list({ api, 'no-filters': '' })
    askEarly(el)
    place(el)
    await untilText(el, 'Lagret kurs')
    expect(text(el)).to.contain('Vi får ikke kontakt med kurskatalogen')
    expect(listingCalls(stub.calls)).to.have.length(1)
  })

  it('an early request that fails before the list takes it, or that no list takes, leaves no unhandled rejection on the page', async () => {
    const rejections: unknown[] = []
    const record = (event: PromiseRejectionEvent) => {
      rejections.push(event.reason)
      event.preventDefault()
    }
    window.addEventListener('unhandledrejection', record)
    try {
      stub = stubFetch(unreachable)
      const taken = list({ api, 'no-filters': '' })
      askEarly(taken)
      askEarly(list({ api, agency: 'never-placed' }))
      // The list's code arrives after the request has failed: a rejection with no handler yet is reported in between.
      await new Promise((done) => setTimeout(done, 50))
      place(taken)
      await until(taken, '[role="alert"]')
      expect(text(taken)).to.contain('Vi får ikke kontakt med kurskatalogen')
      expect(rejections).to.deep.equal([])
    } finally {
      window.removeEventListener('unhandledrejection', record)
    }
  })

  it('hostile and out-of-range attributes make the same one request the element would make', async () => {
    stub = stubFetch(() => json(listing([offering()])))
    const hostile = '"><script>window.__pwned=1</script>&page=9'
    const el = list({ api, agency: hostile, limit: '1e9', kind: 'nonsense', 'no-filters': '' })
    askEarly(el)
    place(el)
    await until(el, '.items')
    const calls = listingCalls(stub.calls)
    expect(calls).to.have.length(1)
    expect(Object.fromEntries(calls[0]!.url.searchParams)).to.deep.equal({ agency: hostile, kind: 'nonsense', limit: '50' })
    expect(shadow(el).querySelector('script')).to.equal(null)
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined)
  })
})
