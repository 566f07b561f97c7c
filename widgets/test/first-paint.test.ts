// The entry on a page that already holds lists: their first pages are asked for before the list's code has arrived.
// One page per test file, and the entry runs once per page, so the lists are on the page before it is imported.
import { apiPaths, type OfferingListResponse } from '@kurskatalog/contract'
import { aTimeout, expect } from '@open-wc/testing'
import { saveCatalogue } from '../src/shared/catalogue-cache.js'
import { listing, offering } from './support/data.js'
import { $, text, until, untilText } from './support/dom.js'
import { json, stubFetch, unreachable, type FetchStub, type RecordedCall } from './support/fetch-stub.js'

const api = 'https://kurs.example.test'
const saved = 'https://kurs.example.test' + apiPaths.offerings + '?agency=bydel-sagene&limit=12'

describe('the entry with <kk-course-list> on the page', () => {
  let stub: FetchStub
  const startedAt = new Map<RecordedCall, { time: number; listDefined: boolean }>()
  let fails = true
  const lists: Record<'uke' | 'offline' | 'failing', HTMLElement> = {} as never

  const listingCalls = () => stub.calls.filter((call) => call.url.pathname === apiPaths.offerings)
  const callsFor = (agency: string) => listingCalls().filter((call) => call.url.searchParams.get('agency') === agency)

  before(async () => {
    localStorage.clear()
    saveCatalogue(saved, listing([offering({ title: 'Lagret kurs' })]))
    stub = stubFetch((call) => {
      startedAt.set(call, { time: performance.now(), listDefined: customElements.get('kk-course-list') !== undefined })
      if (call.url.pathname !== apiPaths.offerings) return json({ items: [] })
      const agency = call.url.searchParams.get('agency')
      if (agency === 'bydel-sagene') return unreachable()
      if (agency === 'velferdsetaten' && fails) return json({ error: { code: 'internal', message: 'Feil' } }, 500)
      const body: OfferingListResponse = listing([
        offering({ title: call.url.searchParams.get('audience') === 'leaders' ? 'For ledere' : 'Kurs for alle' }),
      ])
      return json(body)
    })
    const add = (attributes: Record<string, string>) => {
      const list = document.createElement('kk-course-list')
      for (const [name, value] of Object.entries(attributes)) list.setAttribute(name, value)
      document.body.append(list)
      return list
    }
    lists.uke = add({ api, agency: 'uke', limit: '5', kind: 'course' })
    lists.offline = add({ api, agency: 'bydel-sagene', lang: 'en' })
    lists.failing = add({ api, agency: 'velferdsetaten', audience: 'employees' })
    await import('../src/kurskatalog.js')
    await customElements.whenDefined('kk-course-list')
  })

  after(() => {
    stub.restore()
    localStorage.clear()
    for (const list of Object.values(lists)) list.remove()
  })

  it('asks for each list\'s first page once, before the list\'s code has arrived, and the list paints from it', async () => {
    await until(lists.uke, '.items')
    expect(text(lists.uke)).to.contain('Kurs for alle')
    const calls = callsFor('uke')
    expect(calls).to.have.length(1)
    expect(Object.fromEntries(calls[0]!.url.searchParams)).to.deep.equal({ agency: 'uke', kind: 'course', limit: '5' })
    const started = startedAt.get(calls[0]!)!
    expect(started.listDefined, 'the list was already defined when its first page was asked for').to.equal(false)
    const listCode = performance
      .getEntriesByType('resource')
      .find((entry) => entry.name.includes('/src/components/course-list/kk-course-list.ts')) as PerformanceResourceTiming | undefined
    expect(listCode, 'the list\'s module was fetched').to.not.equal(undefined)
    expect(started.time).to.be.below(listCode!.responseEnd)
    // Each list on the page had its own first page asked for by the entry, one request each.
    expect(callsFor('bydel-sagene')).to.have.length(1)
    expect(callsFor('velferdsetaten')).to.have.length(1)
    expect(listingCalls().every((call) => !startedAt.get(call)!.listDefined)).to.equal(true)
  })

  it('shows this browser\'s saved copy, in the list\'s language, when the first page cannot be fetched', async () => {
    await untilText(lists.offline, 'Lagret kurs')
    expect(text(lists.offline)).to.contain('We cannot reach the course catalogue right now.')
    expect(callsFor('bydel-sagene')).to.have.length(1)
  })

  it('shows an error whose retry fetches again, not the answer taken already', async () => {
    await untilText(lists.failing, 'Vi kunne ikke hente kurskatalogen.')
    fails = false
    $(lists.failing, '[part~="notice"] button').click()
    await until(lists.failing, '.items')
    expect(callsFor('velferdsetaten')).to.have.length(2)
  })

  it('fetches as before when the visitor filters', async () => {
    await until(lists.uke, '#audience')
    const audience = $(lists.uke, '#audience') as HTMLSelectElement
    audience.value = 'leaders'
    audience.dispatchEvent(new Event('change'))
    await aTimeout(0)
    await untilText(lists.uke, 'For ledere')
    const calls = callsFor('uke')
    expect(calls).to.have.length(2)
    expect(calls[1]!.url.searchParams.get('audience')).to.equal('leaders')
  })
})
