import { apiPaths } from '@kurskatalog/contract'
import { expect } from '@open-wc/testing'
import { listing, offering } from './support/data.js'
import { until } from './support/dom.js'
import { deferred, json, stubFetch, type RecordedCall } from './support/fetch-stub.js'

const api = 'https://kurs.example.test'

// The entry runs once per page, so this file holds one page's story: a list on the page before the script.
describe('the entry (kurskatalog.js) on a page with a <kk-course-list>', () => {
  it("asks for the list's first page before the list's code has arrived, and the list shows that answer", async () => {
    const answer = deferred<Response>()
    const stub = stubFetch(({ url }) => (url.pathname === apiPaths.offerings ? answer.promise : json({ items: [] })))
    const listingCalls = () => stub.calls.filter((call: RecordedCall) => call.url.pathname === apiPaths.offerings)
    try {
      const el = document.createElement('kk-course-list')
      el.setAttribute('api', api)
      el.setAttribute('limit', '7')
      document.body.append(el)
      await import('../src/kurskatalog.js')
      expect(customElements.get('kk-course-list'), 'the list is not yet defined').to.equal(undefined)
      expect(listingCalls()).to.have.length(1)
      expect(Object.fromEntries(listingCalls()[0]!.url.searchParams)).to.deep.equal({ limit: '7' })
      answer.resolve(json(listing([offering({ title: 'Kom sammen med koden' })])))
      await customElements.whenDefined('kk-course-list')
      await until(el, '.items')
      expect(el.shadowRoot!.textContent).to.contain('Kom sammen med koden')
      expect(listingCalls()).to.have.length(1)
      el.remove()
    } finally {
      stub.restore()
    }
  })
})
