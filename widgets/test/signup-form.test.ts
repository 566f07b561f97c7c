import { apiPaths, type SignupRequest } from '@kurskatalog/contract'
import { expect, fixture, html, oneEvent } from '@open-wc/testing'
import { sendKeys } from '@web/test-runner-commands'
import '../src/components/signup-form/kk-signup-form.js'
import type { KkSignupForm } from '../src/components/signup-form/kk-signup-form.js'
import { sessionDetail, signupResult } from './support/data.js'
import { $, shadow, text, until, untilText } from './support/dom.js'
import { deferred, json, pending, stubFetch, unreachable, type FetchStub, type RecordedCall } from './support/fetch-stub.js'

const api = 'https://kurs.example.test'

function fill(el: Element, id: string, value: string): void {
  const field = $(el, `#${id}`) as HTMLInputElement | HTMLSelectElement
  field.value = value
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }))
  field.dispatchEvent(new FocusEvent('blur'))
}

function fillValid(el: Element): void {
  fill(el, 'field-name', 'Kari Nordmann')
  fill(el, 'field-email', 'Kari@BFR.oslo.kommune.no')
  fill(el, 'field-agency', 'Bydel Frogner')
  fill(el, 'field-answers-level', 'Ny')
  const terms = $(el, '#field-answers-terms') as HTMLInputElement
  terms.click()
}

describe('<kk-signup-form>', () => {
  let stub: FetchStub | undefined
  afterEach(() => stub?.restore())

  /** Serves the session, and answers sign-ups with `answer`. */
  function serve(answer: (call: RecordedCall) => Response | Promise<Response>) {
    stub = stubFetch((call) => (call.method === 'GET' ? json(sessionDetail()) : answer(call)))
    return stub
  }

  async function form(lang?: string): Promise<KkSignupForm> {
    const el = await fixture<KkSignupForm>(html`<kk-signup-form api=${api} session="sess-1" lang=${lang ?? 'nb'}></kk-signup-form>`)
    await until(el, 'form')
    return el
  }

  it('shows a loading state while the session is fetched', async () => {
    stub = stubFetch(pending)
    const el = await fixture<KkSignupForm>(html`<kk-signup-form api=${api} session="sess-1"></kk-signup-form>`)
    await untilText(el, 'Laster')
    expect(stub.calls[0]!.url.href).to.equal(api + apiPaths.session('sess-1'))
    await expect(el).to.be.accessible()
  })

  it('renders the fields, the course\'s questions and a hidden honeypot', async () => {
    serve(pending)
    const el = await form()
    expect(text(el)).to.contain('Påmelding: Medarbeidersamtalen')
    for (const label of ['Navn', 'E-post på jobb', 'Virksomhet', 'Stilling eller rolle', 'Erfaring som leder']) {
      expect([...shadow(el).querySelectorAll('label')].some((node) => node.textContent!.includes(label)), label).to.equal(true)
    }
    const honeypot = $(el, 'input[name="website"]') as HTMLInputElement
    expect(honeypot.tabIndex).to.equal(-1)
    expect(honeypot.autocomplete).to.equal('off')
    expect(honeypot.closest('[aria-hidden="true"]')).to.not.equal(null)
    expect(honeypot.getBoundingClientRect().right).to.be.below(0)
    await expect(el).to.be.accessible()
  })

  it('checks fields as you go with the contract\'s rules', async () => {
    serve(pending)
    const el = await form()
    fill(el, 'field-email', 'ikke-en-adresse')
    await el.updateComplete
    const email = $(el, '#field-email')
    expect(email.getAttribute('aria-invalid')).to.equal('true')
    expect($(el, `#${email.getAttribute('aria-describedby')}`).textContent).to.contain('Skriv en gyldig e-postadresse')
    fill(el, 'field-email', 'kari@oslo.kommune.no')
    await el.updateComplete
    expect(email.getAttribute('aria-invalid')).to.equal('false')
    expect(email.hasAttribute('aria-describedby')).to.equal(false)
  })

  it('on submit with errors: marks every field, shows a summary and moves focus to it', async () => {
    const { calls } = serve(pending)
    const el = await form()
    $(el, 'button[type="submit"]').click()
    const summary = await until(el, '[part~="error-summary"]')
    await el.updateComplete
    expect(shadow(el).activeElement).to.equal(summary)
    expect(summary.textContent).to.contain('Navn: Feltet må fylles ut.')
    expect(summary.textContent).to.contain('Jeg har avklart deltakelsen med lederen min: Feltet må fylles ut.')
    expect(summary.textContent).not.to.contain('Stilling eller rolle')
    expect($(el, '#field-name').getAttribute('aria-invalid')).to.equal('true')
    // A summary link focuses its field without touching the host page's URL.
    const before = location.href
    ;(summary.querySelector('a') as HTMLAnchorElement).click()
    expect(shadow(el).activeElement).to.equal($(el, '#field-name'))
    expect(location.href).to.equal(before)
    expect(calls.filter((call) => call.method === 'POST')).to.have.length(0)
    await expect(el).to.be.accessible()
  })

  it('shows server field errors on their fields, including answers to questions', async () => {
    serve(() =>
      json(
        {
          error: {
            code: 'validation',
            message: 'Noen av feltene må rettes før du kan sende.',
            fields: {
              email: { code: 'invalid-email', message: 'Skriv en gyldig e-postadresse.' },
              'answers.diet': { code: 'too-long', message: 'Teksten er for lang.' },
            },
          },
        },
        422,
      ),
    )
    const el = await form()
    fillValid(el)
    $(el, 'button[type="submit"]').click()
    await until(el, '[part~="error-summary"]')
    expect($(el, '#field-email').getAttribute('aria-invalid')).to.equal('true')
    expect($(el, '#field-answers-diet').getAttribute('aria-invalid')).to.equal('true')
    expect($(el, '#field-answers-diet-error').textContent).to.contain('Teksten er for lang.')
    await expect(el).to.be.accessible()
  })

  it('shows a refusal that is not about a field, such as a passed deadline', async () => {
    serve(() => json({ error: { code: 'deadline-passed', message: 'Påmeldingsfristen er ute.' } }, 409))
    const el = await form()
    fillValid(el)
    $(el, 'button[type="submit"]').click()
    const summary = await until(el, '[part~="error-summary"]')
    expect(summary.textContent).to.contain('Påmeldingsfristen er ute.')
  })

  it('submitting: one request however often it is clicked, with the right body', async () => {
    const answer = deferred<Response>()
    const { calls } = serve(() => answer.promise)
    const el = await form()
    fillValid(el)
    const submit = $(el, 'button[type="submit"]')
    submit.click()
    submit.click()
    $(el, 'form').dispatchEvent(new Event('submit', { cancelable: true }))
    await el.updateComplete
    expect(submit.getAttribute('aria-disabled')).to.equal('true')
    expect(text(el)).to.contain('Sender')
    await expect(el).to.be.accessible()
    const posts = calls.filter((call) => call.method === 'POST')
    expect(posts).to.have.length(1)
    expect(posts[0]!.url.href).to.equal(api + apiPaths.registrations('sess-1'))
    const body = posts[0]!.body as SignupRequest
    expect(body).to.include({ name: 'Kari Nordmann', email: 'kari@bfr.oslo.kommune.no', agency: 'Bydel Frogner', website: '', locale: 'nb' })
    expect(body.answers).to.deep.equal({ level: 'Ny', terms: true })
    expect(body.idempotencyKey).to.match(/^[A-Za-z0-9_-]{8,100}$/)
    answer.resolve(json(signupResult()))
    await until(el, '[part~="result"]')
  })

  it('keeps the idempotency key when the same fill is retried after a lost answer', async () => {
    let attempt = 0
    const { calls } = serve(() => (++attempt === 1 ? unreachable() : json(signupResult())))
    const el = await form()
    fillValid(el)
    $(el, 'button[type="submit"]').click()
    const summary = await until(el, '[part~="error-summary"]')
    expect(summary.textContent).to.contain('du blir ikke registrert to ganger')
    $(el, 'button[type="submit"]').click()
    await until(el, '[part~="result"]')
    const [first, second] = calls.filter((call) => call.method === 'POST').map((call) => (call.body as SignupRequest).idempotencyKey)
    expect(first).to.be.a('string')
    expect(second).to.equal(first)
  })

  it('confirmed: says so, moves focus to the result, and tells the host page without personal data', async () => {
    serve(() => json(signupResult()))
    const el = await form()
    fillValid(el)
    const signedUp = oneEvent(el, 'kk-signup')
    $(el, 'button[type="submit"]').click()
    const event = await signedUp
    expect(event.bubbles && event.composed).to.equal(true)
    expect(event.detail).to.deep.equal({
      sessionId: 'sess-1',
      offeringSlug: 'medarbeidersamtalen',
      offeringTitle: 'Medarbeidersamtalen',
      status: 'confirmed',
      waitlistPosition: null,
    })
    const result = await until(el, '[part~="result"]')
    await el.updateComplete
    expect(shadow(el).activeElement).to.equal(result)
    expect(result.textContent).to.contain('Du er påmeldt')
    expect(result.textContent).to.contain('kari@bfr.oslo.kommune.no')
    expect(result.querySelector('a')!.getAttribute('href')).to.equal(api + apiPaths.sessionCalendar('sess-1'))
    await expect(el).to.be.accessible()
  })

  it('waitlisted: gives the place on the waiting list', async () => {
    serve(() => json(signupResult({ status: 'waitlisted', waitlistPosition: 4 })))
    const el = await form()
    fillValid(el)
    $(el, 'button[type="submit"]').click()
    const result = await until(el, '[part~="result"]')
    expect(result.textContent).to.contain('Du står på ventelisten')
    expect(result.textContent).to.contain('nummer 4 på ventelisten')
    await expect(el).to.be.accessible()
  })

  it('pending approval: says the manager must approve', async () => {
    serve(() => json(signupResult({ status: 'pending-approval' })))
    const el = await form()
    fillValid(el)
    $(el, 'button[type="submit"]').click()
    const result = await until(el, '[part~="result"]')
    expect(result.textContent).to.contain('Lederen din må godkjenne')
  })

  it('"sign up another" starts a new fill with a new idempotency key', async () => {
    const { calls } = serve(() => json(signupResult()))
    const el = await form()
    fillValid(el)
    $(el, 'button[type="submit"]').click()
    await until(el, '[part~="result"]')
    $(el, '[part~="result"] button').click()
    await until(el, 'form')
    expect(($(el, '#field-name') as HTMLInputElement).value).to.equal('')
    fillValid(el)
    $(el, 'button[type="submit"]').click()
    await until(el, '[part~="result"]')
    const keys = calls.filter((call) => call.method === 'POST').map((call) => (call.body as SignupRequest).idempotencyKey)
    expect(keys).to.have.length(2)
    expect(keys[0]).not.to.equal(keys[1])
  })

  it('can be filled in and sent with the keyboard alone', async () => {
    const { calls } = serve(() => json(signupResult()))
    const el = await form()
    $(el, '#field-name').focus()
    await sendKeys({ type: 'Kari Nordmann' })
    await sendKeys({ press: 'Tab' })
    await sendKeys({ type: 'kari@bfr.oslo.kommune.no' })
    await sendKeys({ press: 'Tab' })
    await sendKeys({ type: 'Bydel Frogner' })
    await sendKeys({ press: 'Tab' }) // role (optional)
    await sendKeys({ press: 'Tab' }) // diet (optional)
    await sendKeys({ press: 'Tab' }) // level: a select, chosen with the arrow key
    expect(shadow(el).activeElement?.id).to.equal('field-answers-level')
    await sendKeys({ press: 'ArrowDown' })
    await sendKeys({ press: 'Tab' })
    expect(shadow(el).activeElement?.id).to.equal('field-answers-terms')
    await sendKeys({ press: 'Space' })
    await sendKeys({ press: 'Tab' }) // the honeypot is skipped: next is the submit button
    expect(shadow(el).activeElement?.getAttribute('type')).to.equal('submit')
    await sendKeys({ press: 'Enter' })
    await until(el, '[part~="result"]')
    const body = calls.find((call) => call.method === 'POST')!.body as SignupRequest
    expect(body).to.include({ name: 'Kari Nordmann', agency: 'Bydel Frogner', website: '' })
    expect(body.answers).to.deep.equal({ level: 'Ny', terms: true })
  })

  it('speaks English and sends the language along', async () => {
    const { calls } = serve(() => json(signupResult({ status: 'waitlisted', waitlistPosition: 2 })))
    const el = await form('en')
    expect(text(el)).to.contain('Sign up: Medarbeidersamtalen')
    $(el, 'button[type="submit"]').click()
    const summary = await until(el, '[part~="error-summary"]')
    expect(summary.textContent).to.contain('Name: This field is required.')
    fillValid(el)
    $(el, 'button[type="submit"]').click()
    const result = await until(el, '[part~="result"]')
    expect(result.textContent).to.contain('number 2 on the waiting list')
    expect((calls.find((call) => call.method === 'POST')!.body as SignupRequest).locale).to.equal('en')
  })

  it('fits 320 px without horizontal scrolling, at twice the font size', async () => {
    serve(pending)
    const wrapper = await fixture(
      html`<div style="width: 320px; font-size: 200%"><kk-signup-form api=${api} session="sess-1"></kk-signup-form></div>`,
    )
    const el = wrapper.querySelector('kk-signup-form')!
    await until(el, 'form')
    $(el, 'button[type="submit"]').click()
    await until(el, '[part~="error-summary"]')
    const right = wrapper.getBoundingClientRect().right + 0.5
    for (const child of shadow(el).querySelectorAll<HTMLElement>('*')) {
      if (child.closest('.honeypot, .visually-hidden')) continue
      expect(child.getBoundingClientRect().right, child.outerHTML.slice(0, 80)).to.be.at.most(right)
    }
  })

  describe('on a course the manager must approve', () => {
    const approval = () => sessionDetail({ offering: { ...sessionDetail().offering, managerApproval: true } })
    function serveApproval(answer: (call: RecordedCall) => Response | Promise<Response>) {
      stub = stubFetch((call) => (call.method === 'GET' ? json(approval()) : answer(call)))
      return stub
    }

    it('asks for the leader\'s work email there only: labelled, required, with a hint that says why', async () => {
      serve(pending)
      const plain = await form()
      expect(shadow(plain).querySelector('#field-leaderEmail')).to.equal(null)
      stub!.restore()

      serveApproval(pending)
      const el = await form()
      const input = $(el, '#field-leaderEmail') as HTMLInputElement
      expect(input.type).to.equal('email')
      expect(input.getAttribute('aria-required')).to.equal('true')
      expect((shadow(el).querySelector('label[for="field-leaderEmail"]') as HTMLLabelElement).textContent!.trim()).to.equal('Lederens e-post på jobb')
      expect($(el, `#${input.getAttribute('aria-describedby')}`).textContent).to.contain('Lederen din får en e-post og må godkjenne påmeldingen.')
      await expect(el).to.be.accessible()
    })

    it('announces a missing or wrong address: in the summary it moves focus to, and on the field', async () => {
      const { calls } = serveApproval(pending)
      const el = await form()
      fillValid(el)
      $(el, 'button[type="submit"]').click()
      const summary = await until(el, '[part~="error-summary"]')
      await el.updateComplete
      expect(shadow(el).activeElement).to.equal(summary)
      expect(summary.textContent).to.contain('Lederens e-post på jobb: Feltet må fylles ut.')
      fill(el, 'field-leaderEmail', 'sjefen')
      await el.updateComplete
      const input = $(el, '#field-leaderEmail')
      expect(input.getAttribute('aria-invalid')).to.equal('true')
      const described = input.getAttribute('aria-describedby')!.split(' ')
      expect(described.map((id) => $(el, `#${id}`).textContent).join(' ')).to.contain('Skriv en gyldig e-postadresse')
      expect(calls.filter((call) => call.method === 'POST')).to.have.length(0)
      await expect(el).to.be.accessible()
    })

    it('sends the address with the sign-up, and says the manager must approve', async () => {
      const { calls } = serveApproval(() => json(signupResult({ status: 'pending-approval' }), 201))
      const el = await form()
      fillValid(el)
      fill(el, 'field-leaderEmail', 'Leder.Lise@BFR.oslo.kommune.no')
      $(el, 'button[type="submit"]').click()
      await until(el, '[part~="result"]')
      const body = calls.find((call) => call.method === 'POST')!.body as SignupRequest
      expect(body.leaderEmail).to.equal('leder.lise@bfr.oslo.kommune.no')
      expect(text(el)).to.contain('Lederen din må godkjenne påmeldingen')
    })

    it('speaks nynorsk and English', async () => {
      serveApproval(pending)
      const nn = await form('nn')
      expect((shadow(nn).querySelector('label[for="field-leaderEmail"]') as HTMLLabelElement).textContent).to.contain('E-posten til leiaren på jobb')
      const en = await form('en')
      expect((shadow(en).querySelector('label[for="field-leaderEmail"]') as HTMLLabelElement).textContent).to.contain("Your manager's work email")
      expect(text(en)).to.contain('Your manager gets an email and must approve your sign-up.')
    })
  })

  it('offers no form for a session that takes no sign-ups', async () => {
    stub = stubFetch(() => json(sessionDetail({ seatStatus: 'closed' })))
    const el = await fixture<KkSignupForm>(html`<kk-signup-form api=${api} session="sess-1"></kk-signup-form>`)
    await untilText(el, 'Det er ikke mulig å melde seg på denne datoen.')
    expect(shadow(el).querySelector('form')).to.equal(null)
    await expect(el).to.be.accessible()
  })
})
