import {
  apiPaths,
  needsLeaderEmail,
  takesSignups,
  validateSignup,
  type Answer,
  type SessionDetail,
  type SignupRequest,
  type SignupResult,
} from '@kurskatalog/contract'
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit'
import { getJson } from '../../shared/api.js'
import { baseStyles } from '../../shared/base.styles.js'
import { FetchTask } from '../../shared/fetch-task.js'
import { renderLoadState } from '../../shared/load-state.js'
import type { FieldSpec } from '../../shared/form-field.js'
import { FormController } from '../../shared/form.js'
import { formStyles } from '../../shared/form.styles.js'
import { KkElement } from '../../shared/kk-element.js'
import { formTexts } from '../../shared/form.texts.js'
import { signupFormStyles } from './signup-form.styles.js'

/**
 * @tagname kk-signup-form
 * @summary The sign-up form for one session: name, work email, agency, role, the leader's work email
 * when the manager must approve, and the course's own questions, checked as you go with the same rules as the API. Says what happens next:
 * a seat, a waiting-list place, or approval by your manager.
 *
 * @event {CustomEvent<SignupDetail>} kk-signup - A sign-up was accepted. No personal data in `detail`.
 *
 * @csspart form - The form.
 * @csspart field - One label, hint, error and input.
 * @csspart submit - The submit button.
 * @csspart button - Every button.
 * @csspart error-summary - The list of what to fix, focused after a failed submit.
 * @csspart result - What happened, focused after a successful submit.
 * @csspart result-title - The heading of the result.
 * @csspart title - The form's heading.
 * @csspart notice - Loading, error and unavailable messages.
 *
 * @cssproperty --kk-color-primary - Headings, links, buttons and borders. Default #2a2859.
 * @cssproperty --kk-color-error - Field errors. Default #a4101f.
 * @cssproperty --kk-color-error-surface - Error summary background. Default #ffdfdc.
 * @cssproperty --kk-color-success - Result border. Default #034b45.
 * @cssproperty --kk-color-success-surface - Result background. Default #c7f6c9.
 * @cssproperty --kk-color-border - Field borders. Default: the primary colour.
 * @cssproperty --kk-color-focus - Focus ring. Default: the primary colour.
 * @cssproperty --kk-font-family - Default 'Oslo Sans', then system fonts.
 * @cssproperty --kk-radius - Corner radius. Default 0.
 * @cssproperty --kk-space - Base spacing. Default 1rem.
 */
export class KkSignupForm extends KkElement {
  static override styles = [baseStyles, formStyles, signupFormStyles]

  static override properties: PropertyDeclarations = {
    session: {},
    detail: { attribute: false },
  }

  /** The id of the session to sign up for. */
  session = ''

  /** The session with its course, when the page already has it (`<kk-course>` passes it); saves a request. */
  declare detail?: SessionDetail

  readonly #sessionTask = new FetchTask(
    this,
    async ([origin, id, given]: readonly [string, string, SessionDetail | undefined], signal) => {
      if (given && given.id === id) return given
      if (!id) throw new Error('no session')
      return getJson<SessionDetail>(`${origin}${apiPaths.session(id)}`, signal)
    },
    () => [this.origin, this.session, this.detail] as const,
  )

  readonly #form = new FormController<SignupRequest, SignupResult>(this, {
    t: () => this.localize.texts(formTexts),
    locale: () => this.localize.locale,
    request: (idempotencyKey) => this.#request(idempotencyKey),
    check: (request) => {
      const offering = this.#sessionTask.value?.offering
      return validateSignup(request, offering?.questions ?? [], { leaderEmail: needsLeaderEmail(offering) })
    },
    url: () => `${this.origin}${apiPaths.registrations(this.session)}`,
    sent: (result) => {
      const session = this.#sessionTask.value
      this.emit('kk-signup', {
        sessionId: result.sessionId,
        offeringSlug: session?.offering.slug ?? '',
        offeringTitle: result.offeringTitle,
        status: result.status,
        waitlistPosition: result.waitlistPosition,
      })
    },
  })

  #request(idempotencyKey: string): SignupRequest {
    const text = (key: string) => this.#form.text(key)
    const answers: Record<string, Answer> = {}
    for (const question of this.#sessionTask.value?.offering.questions ?? []) {
      const value = this.#form.values[`answers.${question.id}`]
      if (question.type === 'checkbox') answers[question.id] = value === true
      else if (typeof value === 'string' && value !== '') answers[question.id] = value
    }
    return {
      name: text('name'),
      email: text('email'),
      agency: text('agency'),
      role: text('role'),
      leaderEmail: text('leaderEmail'),
      answers,
      locale: this.localize.locale,
      idempotencyKey,
      website: text('website'),
      // Path only: a query string may carry things the host page never meant to send.
      sourceUrl: location.origin + location.pathname,
    }
  }

  #fields(session: SessionDetail): FieldSpec[] {
    const t = this.localize.texts(formTexts)
    return [
      { key: 'name', label: t.name, type: 'text', required: true, autocomplete: 'name' },
      { key: 'email', label: t.workEmail, type: 'email', required: true, autocomplete: 'email' },
      { key: 'agency', label: t.agency, type: 'text', required: true, autocomplete: 'organization' },
      { key: 'role', label: t.role, type: 'text', required: false, autocomplete: 'organization-title' },
      ...(needsLeaderEmail(session.offering)
        ? [{ key: 'leaderEmail', label: t.leaderEmail, type: 'email', required: true, hint: t.leaderEmailHint } satisfies FieldSpec]
        : []),
      ...session.offering.questions.map((question): FieldSpec => ({
        key: `answers.${question.id}`,
        label: question.label,
        type: question.type === 'choice' ? 'select' : question.type,
        required: question.required,
        options: question.options,
      })),
    ]
  }

  override render(): TemplateResult {
    const t = this.localize.texts(formTexts)
    const session = this.#sessionTask.value
    if (this.#sessionTask.status === 'complete' && session) return this.#renderSession(session)
    return renderLoadState(this.#sessionTask, t, this.catalogueHref, t.sessionUnavailable)
  }

  #renderSession(session: SessionDetail): TemplateResult {
    const t = this.localize.texts(formTexts)
    const title = this.heading(0, t.signupFor(session.offering.title), 'title')
    const when = html`<p class="session-when meta">
      <time datetime=${session.startsAt}>${this.localize.range(session.startsAt, session.endsAt)}</time>
    </p>`
    if (this.#form.phase === 'done' && this.#form.result) return html`${title}${when}${this.#renderResult(this.#form.result)}`
    if (!takesSignups(session)) return html`${title}${when}<p part="notice" class="notice">${t.sessionUnavailable}</p>`
    const fields = this.#fields(session)
    const label = session.seatStatus === 'waitlist' ? t.submitWaitlist : session.offering.kind === 'programme' ? t.submitApplication : t.submitSignup
    return html`${title}${when} ${this.#form.renderForm(fields, label)}`
  }

  #renderResult(result: SignupResult): TemplateResult {
    const t = this.localize.texts(formTexts)
    const when = this.localize.range(result.startsAt, this.#sessionTask.value?.endsAt ?? result.startsAt)
    const [heading, body] =
      result.status === 'confirmed'
        ? [t.confirmedTitle, t.confirmedBody(result.offeringTitle, when)]
        : result.status === 'waitlisted'
          ? [t.waitlistedTitle, t.waitlistedBody(result.waitlistPosition, result.offeringTitle)]
          : [t.pendingTitle, t.pendingBody(result.offeringTitle)]
    return html`<div part="result" class="notice success result" tabindex="-1" data-focus="result" aria-labelledby="result-title"
      data-status=${result.status}>
      ${this.heading(1, heading, 'result-title', 'result-title')}
      <p>${body}</p>
      <p>${t.emailSent(result.email)}</p>
      ${result.status === 'confirmed'
        ? html`<p><a href=${`${this.origin}${apiPaths.sessionCalendar(result.sessionId)}`}>${t.addToCalendar}</a></p>`
        : nothing}
      <p><button part="button" class="button secondary" type="button" @click=${() => this.#form.reset()}>${t.signUpAnother}</button></p>
    </div>`
  }
}
