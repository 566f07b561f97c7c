import { apiPaths, counted, takesSignups, type OfferingDetail, type SessionDetail, type SessionSummary } from '@kurskatalog/contract'
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit'
import { getJson } from '../../shared/api.js'
import { baseStyles } from '../../shared/base.styles.js'
import { FetchTask } from '../../shared/fetch-task.js'
import { renderLoadState } from '../../shared/load-state.js'
import { KkElement } from '../../shared/kk-element.js'
import { courseTexts } from './course.texts.js'
import { renderRichText } from '../../shared/rich-text.js'
import { courseStyles } from './course.styles.js'
// The sign-up form comes with the course: they share one lazily loaded file (see ../course-and-forms.ts).
import '../signup-form/kk-signup-form.js'

/**
 * @tagname kk-course
 * @summary One course or programme: description, what you learn, facilitators, and every upcoming
 * date with its meetings, free seats and sign-up.
 *
 * @csspart title - The course title.
 * @csspart summary - The short description.
 * @csspart section - Description, outcomes, facilitators and dates sections.
 * @csspart section-title - The heading of a section.
 * @csspart description-heading - A heading inside the description.
 * @csspart session - One date with its meetings and sign-up button.
 * @csspart seat-status - The free-seat label of a date.
 * @csspart button - Every button.
 * @csspart notice - Loading and error messages.
 *
 * @cssproperty --kk-color-primary - Headings, links, buttons and borders. Default #2a2859.
 * @cssproperty --kk-color-accent - Notices. Default #b3f5ff.
 * @cssproperty --kk-color-success - Free-seat text. Default #034b45.
 * @cssproperty --kk-color-text - Body text. Default #2c2c2c.
 * @cssproperty --kk-font-family - Default 'Oslo Sans', then system fonts.
 * @cssproperty --kk-radius - Corner radius. Default 0.
 * @cssproperty --kk-space - Base spacing. Default 1rem.
 */
export class KkCourse extends KkElement {
  static override styles = [baseStyles, courseStyles]

  static override properties: PropertyDeclarations = {
    slug: {},
    embedded: { type: Boolean },
    openSession: { state: true },
  }

  /** The course's or programme's slug. */
  slug = ''

  /** Leave out the title and summary (the list around it already shows them). */
  embedded = false

  private openSession: string | null = null

  readonly #offering = new FetchTask(
    this,
    async ([origin, slug]: readonly [string, string], signal) => {
      if (!slug) throw new Error('no slug')
      return getJson<OfferingDetail>(`${origin}${apiPaths.offering(slug)}`, signal)
    },
    () => [this.origin, this.slug] as const,
  )

  override render(): TemplateResult {
    const t = this.localize.texts(courseTexts)
    const value = this.#offering.value
    if (this.#offering.status === 'complete' && value) return this.#renderOffering(value)
    return renderLoadState(this.#offering, t, this.catalogueHref)
  }

  #renderOffering(offering: OfferingDetail): TemplateResult {
    const t = this.localize.texts(courseTexts)
    const facts: [string, string | null][] = [
      [t.audience, t.audiences[offering.audience]],
      [t.format, t.formats[offering.format]],
      [t.duration, offering.duration],
      [t.price, this.price(offering.price)],
    ]
    return html`${this.embedded
        ? nothing
        : html`${this.heading(0, offering.title, 'title')}
            <p part="summary">${offering.summary}</p>
            <p class="meta">
              ${facts.filter(([, value]) => value).map(([label, value], index) => html`${index ? ' · ' : ''}${label}: ${value}`)}
              ${offering.byApplication ? html` · ${t.byApplication}` : nothing}
            </p>`}
      ${offering.description.length
        ? html`<section part="section">${this.heading(1, t.description, 'section-title')}${renderRichText(offering.description, (offset, text) => this.heading(offset, text, 'description-heading'), 1)}</section>`
        : nothing}
      ${offering.learningOutcomes.length
        ? html`<section part="section">
            ${this.heading(1, t.learningOutcomes, 'section-title')}
            <ul class="plain">${offering.learningOutcomes.map((outcome) => html`<li>${outcome}</li>`)}</ul>
          </section>`
        : nothing}
      ${offering.facilitators.length
        ? html`<section part="section">
            ${this.heading(1, t.facilitators, 'section-title')}
            <ul class="plain">
              ${offering.facilitators.map((person) => html`<li>${person.name}${person.title ? `, ${person.title}` : ''}</li>`)}
            </ul>
          </section>`
        : nothing}
      <section part="section">
        ${this.heading(1, t.sessions, 'section-title')}
        ${offering.sessions.length
          ? html`<ul class="sessions">${offering.sessions.map((session) => this.#renderSession(offering, session))}</ul>`
          : html`<p>${t.noDates}</p>`}
      </section>`
  }

  #renderSession(offering: OfferingDetail, session: SessionSummary): TemplateResult {
    const t = this.localize.texts(courseTexts)
    const whenId = `when-${session.id}`
    const open = this.openSession === session.id
    const label = session.seatStatus === 'waitlist' ? t.joinWaitlist : offering.byApplication ? t.apply : t.signUp
    return html`<li part="session" class="session">
      <p class="session-when" id=${whenId}>
        <time datetime=${session.startsAt}>${this.localize.range(session.startsAt, session.endsAt)}</time>
      </p>
      ${session.meetings.length > 1
        ? html`<p class="meta">${counted(session.meetings.length, t.meetings)}</p>
            <ul class="meetings">
              ${session.meetings.map(
                (meeting) => html`<li>
                  <time datetime=${meeting.startsAt}>${this.localize.range(meeting.startsAt, meeting.endsAt)}</time>${this.#place(meeting.place?.name, meeting.online)}
                </li>`,
              )}
            </ul>`
        : html`<p class="meta">${this.#place(session.meetings[0]?.place?.name, session.meetings[0]?.online ?? false, true)}</p>`}
      <p>
        ${this.seats(session)}
        ${session.signupDeadline ? html` · ${t.deadline(this.localize.date(session.signupDeadline))}` : nothing}
      </p>
      ${takesSignups(session)
        ? html`<button part="button" class="button signup" type="button" aria-expanded=${open ? 'true' : 'false'}
            aria-describedby=${whenId} @click=${() => this.#toggle(session.id)}>${open ? t.hideForm : label}</button>`
        : nothing}
      ${open
        ? html`<kk-signup-form session=${session.id} .detail=${this.#sessionDetail(offering, session)} api=${this.origin}
            heading-level=${this.headingLevel + 2}></kk-signup-form>`
        : nothing}
    </li>`
  }

  #place(name: string | undefined, online: boolean, first = false): string {
    const where = [name, online ? this.localize.t.online : null].filter(Boolean).join(' / ')
    return where ? `${first ? '' : ' · '}${where}` : ''
  }

  // The same object for the same data, so the form does not see new input on every render.
  readonly #details = new WeakMap<SessionSummary, SessionDetail>()

  #sessionDetail(offering: OfferingDetail, session: SessionSummary): SessionDetail {
    let detail = this.#details.get(session)
    if (!detail) {
      const { kind, slug, title, questions, managerApproval } = offering
      detail = { ...session, offering: { kind, slug, title, questions, managerApproval } }
      this.#details.set(session, detail)
    }
    return detail
  }

  #toggle(id: string): void {
    this.openSession = this.openSession === id ? null : id
  }
}
