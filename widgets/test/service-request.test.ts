import { apiPaths, errorMessages, type ServiceRequestInput } from '@kurskatalog/contract'
import { expect, fixture, html, oneEvent } from '@open-wc/testing'
import '../src/components/service-request/kk-service-request.js'
import type { KkServiceRequest } from '../src/components/service-request/kk-service-request.js'
import { service } from './support/data.js'
import { $, shadow, text, until, untilText } from './support/dom.js'
import { deferred, json, pending, stubFetch, unreachable, type FetchStub, type RecordedCall } from './support/fetch-stub.js'

const api = 'https://kurs.example.test'

function fill(el: Element, id: string, value: string): void {
  const field = $(el, `#${id}`) as HTMLInputElement
  field.value = value
  field.dispatchEvent(new Event('input', { bubbles: true }))
  field.dispatchEvent(new FocusEvent('blur'))
}

function fillValid(el: Element): void {
  fill(el, 'field-contactName', 'Per Hansen')
  fill(el, 'field-email', 'per@bsh.oslo.kommune.no')
  fill(el, 'field-agency', 'Bydel St. Hanshaugen')
  fill(el, 'field-wishedDates', 'Uke 12 eller 14')
  fill(el, 'field-groupSize', '40')
  fill(el, 'field-description', 'Oppfølging av 10-FAKTOR i to enheter.')
}

describe('<kk-service-request>', () => {
  let stub: FetchStub | undefined
  afterEach(() => stub?.restore())

  function serve(answer: (call: RecordedCall) => Response | Promise<Response>) {
    stub = stubFetch((call) => (call.method === 'GET' ? json(service()) : answer(call)))
    return stub
  }

  async function form(): Promise<KkServiceRequest> {
    const el = await fixture<KkServiceRequest>(html`<kk-service-request api=${api} service="open-space"></kk-service-request>`)
    await until(el, 'form')
    return el
  }

  it('shows a loading state', async () => {
    stub = stubFetch(pending)
    const el = await fixture<KkServiceRequest>(html`<kk-service-request api=${api} service="open-space"></kk-service-request>`)
    await untilText(el, 'Laster')
    expect(stub.calls[0]!.url.href).to.equal(api + apiPaths.service('open-space'))
    await expect(el).to.be.accessible()
  })

  it('shows the order form for the service', async () => {
    serve(pending)
    const el = await form()
    expect(text(el)).to.contain('Bestill Open Space')
    expect(($(el, 'input[name="website"]') as HTMLInputElement).tabIndex).to.equal(-1)
    await expect(el).to.be.accessible()
  })

  it('refuses a group size that is not a whole number, as the API would', async () => {
    serve(pending)
    const el = await form()
    fillValid(el)
    fill(el, 'field-groupSize', 'førti')
    $(el, 'button[type="submit"]').click()
    const summary = await until(el, '[part~="error-summary"]')
    expect(summary.textContent).to.contain('Antall deltakere: Ugyldig verdi.')
    expect($(el, '#field-groupSize').getAttribute('aria-invalid')).to.equal('true')
    await expect(el).to.be.accessible()
  })

  it('sends one request, then thanks and tells the host page', async () => {
    const answer = deferred<Response>()
    const { calls } = serve(() => answer.promise)
    const el = await form()
    fillValid(el)
    $(el, 'button[type="submit"]').click()
    $(el, 'button[type="submit"]').click()
    await el.updateComplete
    expect($(el, 'button[type="submit"]').getAttribute('aria-disabled')).to.equal('true')
    await expect(el).to.be.accessible()
    const posts = calls.filter((call) => call.method === 'POST')
    expect(posts).to.have.length(1)
    expect(posts[0]!.url.href).to.equal(api + apiPaths.serviceRequests('open-space'))
    expect(posts[0]!.body as ServiceRequestInput).to.include({ contactName: 'Per Hansen', groupSize: 40, website: '', locale: 'nb' })
    const ordered = oneEvent(el, 'kk-service-request')
    answer.resolve(json({ status: 'new', serviceTitle: 'Open Space', email: 'per@bsh.oslo.kommune.no' }))
    expect((await ordered).detail).to.deep.equal({ service: 'open-space', serviceTitle: 'Open Space', status: 'new' })
    const result = await until(el, '[part~="result"]')
    await el.updateComplete
    expect(shadow(el).activeElement).to.equal(result)
    expect(result.textContent).to.contain('per@bsh.oslo.kommune.no')
    await expect(el).to.be.accessible()
  })

  it('shows the server\'s refusal, and keeps the key for a retry', async () => {
    let attempt = 0
    const { calls } = serve(() =>
      ++attempt === 1 ? json({ error: { code: 'rate-limited', message: errorMessages.nb.errors['rate-limited'] } }, 429) : unreachable(),
    )
    const el = await form()
    fillValid(el)
    $(el, 'button[type="submit"]').click()
    await untilText(el, 'For mange forsøk på kort tid.')
    $(el, 'button[type="submit"]').click()
    await untilText(el, 'Vi fikk ikke svar fra serveren.')
    const keys = calls.filter((call) => call.method === 'POST').map((call) => (call.body as ServiceRequestInput).idempotencyKey)
    expect(keys).to.have.length(2)
    expect(keys[1]).to.equal(keys[0])
  })

  it('says when the service cannot be loaded', async () => {
    stub = stubFetch(unreachable)
    const el = await fixture<KkServiceRequest>(html`<kk-service-request api=${api} service="open-space"></kk-service-request>`)
    await until(el, '[role="alert"] button')
    await expect(el).to.be.accessible()
  })
})
