import {
  apiPaths,
  defaultPageSize,
  nextSessionsPerOffering,
  type Audience,
  type Format,
  type OfferingKind,
  type TopicListResponse,
  type OfferingSummary,
  type SessionSummary,
} from '@kurskatalog/contract'
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit'
import { ApiUnreachableError, getJson } from '../../shared/api.js'
import { baseStyles } from '../../shared/base.styles.js'
import { FetchTask } from '../../shared/fetch-task.js'
import { coursesJsonLd, writeJsonLd } from '../../shared/json-ld.js'
import { KkElement } from '../../shared/kk-element.js'
import { courseListTexts } from './course-list.texts.js'
import { courseListStyles } from './course-list.styles.js'
import { takeEarly } from './early-listing.js'
import { renderFilterBar } from './filter-bar.js'
import { fetchListingPage, listingUrl, type ListingView, type VisitorFilters } from './listing.js'

/**
 * @tagname kk-course-list
 * @summary The offer: courses and programmes, filtered to an agency, topic, audience or format,
 * with search, filters and "show more". Each entry shows its next dates, place and free seats.
 * An entry opens inline, or on a host page when `course-url` is given.
 *
 * @event {CustomEvent<CourseOpenDetail>} kk-course-open - A visitor opened a course. Bubbles out of
 * the shadow root; cancel it (`preventDefault()`) to handle the navigation yourself.
 *
 * @csspart filters - The search and filter form.
 * @csspart status - The line that says what the list is doing: loading, how many are shown, none found.
 * @csspart list - The list of courses.
 * @csspart item - One course in the list.
 * @csspart title - The heading of a course.
 * @csspart summary - The short description of a course.
 * @csspart sessions - The next dates of a course.
 * @csspart seat-status - The free-seat label of a date.
 * @csspart button - Buttons (search, show more, try again).
 * @csspart notice - Loading, empty, error and offline messages.
 *
 * @cssproperty --kk-color-primary - Headings, links, buttons and borders. Default #2a2859 (Oslo dark blue).
 * @cssproperty --kk-color-on-primary - Text on primary buttons. Default #ffffff.
 * @cssproperty --kk-color-accent - Notices and hover. Default #b3f5ff (Oslo light blue).
 * @cssproperty --kk-color-success - Free-seat text. Default #034b45 (Oslo dark green).
 * @cssproperty --kk-color-success-surface - Free-seat background. Default #c7f6c9.
 * @cssproperty --kk-color-warning-surface - Few seats / waiting list / offline background. Default #f8f0dd.
 * @cssproperty --kk-color-error - Error borders and text. Default #a4101f.
 * @cssproperty --kk-color-error-surface - Error background. Default #ffdfdc.
 * @cssproperty --kk-color-text - Body text. Default #2c2c2c.
 * @cssproperty --kk-color-muted - Secondary text. Default #595959.
 * @cssproperty --kk-color-surface - Card and field background. Default #ffffff.
 * @cssproperty --kk-color-border - Card and field borders. Default: the primary colour.
 * @cssproperty --kk-color-focus - Focus ring. Default: the primary colour.
 * @cssproperty --kk-font-family - Default 'Oslo Sans', then system fonts.
 * @cssproperty --kk-font-size - Base font size. Default 1rem.
 * @cssproperty --kk-radius - Corner radius. Default 0 (square, as Punkt).
 * @cssproperty --kk-space - Base spacing. Default 1rem.
 */
export class KkCourseList extends KkElement {
  static override styles = [baseStyles, courseListStyles]

  static override properties: PropertyDeclarations = {
    agency: {},
    topic: {},
    audience: {},
    format: {},
    kind: {},
    limit: { type: Number },
    courseUrl: { attribute: 'course-url' },
    noFilters: { attribute: 'no-filters', type: Boolean },
    search: { state: true },
    chosen: { state: true },
    page: { state: true },
    expanded: { state: true },
  }

  /** Only offerings of this agency (its slug). */
  declare agency?: string

  /** Only offerings on this topic (its slug). */
  declare topic?: string

  /** Only offerings for `leaders`, `employees` or `all`. Hides the audience filter. */
  declare audience?: Audience

  /** Only `in-person`, `digital` or `hybrid` offerings. Hides the format filter. */
  declare format?: Format

  /** Only `course` or `programme`. */
  declare kind?: OfferingKind

  /** How many offerings a page shows before "show more" (1–50). */
  limit = defaultPageSize

  /** A host page per course, `{slug}` replaced, e.g. `/kurs/{slug}`. Without it, courses open inline. */
  declare courseUrl?: string

  /** Hide the visitor's search and filter controls. */
  noFilters = false

  private search = ''
  /** The visitor's own filters. */
  private chosen: VisitorFilters = {}
  private page = 1
  private expanded = new Set<string>()

  #view: ListingView | null = null
  #focusFrom: number | null = null
  #describedView: ListingView | null = null
  #shownUrl = ''

  readonly #listing = new FetchTask(
    this,
    async ([url, page]: readonly [string, number], signal) =>
      (this.#view = await fetchListingPage(url, page, this.#listingUrl(false), this.#view?.items ?? [], signal, takeEarly(this, url))),
    () => [this.#listingUrl(), this.page] as const,
  )

  /** The catalogue's topics for the visitor's topic filter; not fetched when the webmaster fixed a topic. */
  readonly #topics = new FetchTask(
    this,
    async ([url]: readonly [string], signal) => (url ? (await getJson<TopicListResponse>(url, signal)).items : []),
    () => [this.noFilters || this.topic ? '' : `${this.origin}${apiPaths.topics}`] as const,
  )

  get #t() {
    return this.localize.texts(courseListTexts)
  }

  /** The listing's URL, with the visitor's search and filters or (`false`) without them. */
  #listingUrl(visitorChoices = true): string {
    return listingUrl(this.origin, this, visitorChoices ? this.chosen : undefined, this.search)
  }

  // Other filters, other list: it starts again from its first page.
  protected override willUpdate(): void {
    const url = this.#listingUrl()
    if (url !== this.#shownUrl) this.page = 1
    this.#shownUrl = url
  }

  protected override updated(): void {
    const view = this.#listing.status === 'complete' ? this.#view : null
    if (view && view !== this.#describedView) {
      this.#describedView = view
      writeJsonLd(this, coursesJsonLd(view.items, (slug) => this.#absoluteCourseUrl(slug)))
    }
    if (view && this.#focusFrom !== null) {
      this.renderRoot.querySelector<HTMLElement>(`[data-index="${this.#focusFrom}"] .title-control`)?.focus()
      this.#focusFrom = null
    }
  }

  #courseHref(slug: string): string | null {
    return this.courseUrl ? this.courseUrl.replaceAll('{slug}', encodeURIComponent(slug)) : null
  }

  #absoluteCourseUrl(slug: string): string | null {
    const href = this.#courseHref(slug)
    return href ? new URL(href, document.baseURI).href : null
  }

  override render(): TemplateResult {
    return html`${this.noFilters
        ? nothing
        : renderFilterBar(this.#t, this.search, this.chosen, this.#topics.value, this, this.#onSearch, (name, value) => (this.chosen = { ...this.chosen, [name]: value }))}
      <p part="status" class="meta" role="status">${this.#statusText()}</p>
      ${this.#renderResults()}`
  }

  /** One polite live region says what the list is doing: loading, how many are shown, or that none match. */
  #statusText(): string {
    const t = this.#t
    const { status } = this.#listing
    const view = this.#view
    if (status === 'initial' || status === 'pending') return t.loadingCourses
    if (status === 'error' || !view) return ''
    if (view.items.length > 0) return t.shownOf(view.items.length, view.totalItems)
    return this.#listingUrl() !== this.#listingUrl(false) ? t.empty : t.emptyCatalogue
  }

  #renderResults(): TemplateResult | typeof nothing {
    const t = this.#t
    const { status } = this.#listing
    const view = this.#view
    const loadingMore = status === 'pending' && this.page > 1
    if (status === 'initial' || (status === 'pending' && !loadingMore)) return nothing
    if ((status === 'error' && this.page === 1) || !view) return this.#renderFailure()
    if (view.items.length === 0) return nothing
    return html`${view.staleSince ? this.#renderFailure(view.staleSince) : nothing}
      <ul part="list" class="items" aria-label=${t.courseList}>
        ${view.items.map((offering, index) => this.#renderItem(offering, index))}
      </ul>
      ${status === 'error'
        ? html`<div part="notice" class="notice error more" role="alert">
            <p>${t.loadFailed}</p>
            <button part="button" class="button" type="button" @click=${this.#retry}>${t.retry}</button>
          </div>`
        : view.page < view.totalPages && !loadingMore
          ? html`<div class="more">
              <button part="button" class="button secondary" type="button" @click=${this.#showMore}>${t.showMore}</button>
            </div>`
          : nothing}`
  }

  /** No catalogue from the API: a saved copy (`savedAt`) or none; either way a retry and the catalogue's own page. */
  #renderFailure(savedAt?: string): TemplateResult {
    const t = this.#t
    const offline = savedAt !== undefined || this.#listing.error instanceof ApiUnreachableError
    return html`<div part="notice" class="notice ${savedAt ? 'warning' : 'error'}" role=${savedAt ? 'status' : 'alert'}>
      <p>
        <strong>${offline ? t.offline : t.loadFailed}</strong>
        ${savedAt ? t.offlineCached(this.localize.dateTime(savedAt)) : nothing}
      </p>
      <p class="more">
        <button part="button" class="button" type="button" @click=${this.#retry}>${t.retry}</button>
        ${offline ? html`<a href=${this.catalogueHref}>${t.offlineLink}</a>` : nothing}
      </p>
    </div>`
  }

  #renderItem(offering: OfferingSummary, index: number): TemplateResult {
    const t = this.#t
    const href = this.#courseHref(offering.slug)
    const open = this.expanded.has(offering.slug)
    const control = href
      ? html`<a class="title-control" href=${href} @click=${(event: MouseEvent) => this.#onOpenLink(event, offering, href)}
          >${offering.title}</a
        >`
      : html`<button class="title-control title-button" type="button" aria-expanded=${open ? 'true' : 'false'}
          @click=${() => this.#toggle(offering)}>${offering.title}</button>`
    const facts = [
      t.kinds[offering.kind],
      t.audiences[offering.audience],
      t.formats[offering.format],
      offering.duration,
      this.price(offering.price),
      offering.byApplication ? t.byApplication : null,
    ].filter(Boolean)
    return html`<li part="item" class="item" data-index=${index}>
      ${this.heading(0, control, 'title')}
      <p part="summary">${offering.summary}</p>
      <p class="meta">${facts.join(' · ')}</p>
      ${offering.nextSessions.length
        ? html`<ul part="sessions" class="sessions">
            ${offering.nextSessions.slice(0, nextSessionsPerOffering).map((session) => this.#renderSession(session))}
          </ul>`
        : html`<p class="meta">${t.noDates}</p>`}
      ${open
        ? html`<kk-course class="inline-course" slug=${offering.slug} api=${this.origin} heading-level=${this.headingLevel}
            embedded></kk-course>`
        : nothing}
    </li>`
  }

  #renderSession(session: SessionSummary): TemplateResult {
    const t = this.#t
    const place = session.meetings.find((meeting) => meeting.place)?.place?.name ?? (session.meetings.some((m) => m.online) ? t.online : null)
    return html`<li>
      <time datetime=${session.startsAt}>${this.localize.range(session.startsAt, session.endsAt)}</time>${place ? ` · ${place}` : ''}
      · ${this.seats(session)}
    </li>`
  }

  #onSearch(event: SubmitEvent): void {
    event.preventDefault()
    const input = this.renderRoot.querySelector<HTMLInputElement>('#q')
    this.search = input?.value.trim() ?? ''
  }

  #retry(): void {
    void this.#listing.run()
  }

  #showMore(): void {
    this.#focusFrom = this.#view?.items.length ?? null
    this.page += 1
  }

  #onOpenLink(event: MouseEvent, offering: OfferingSummary, href: string): void {
    if (!this.emit('kk-course-open', { slug: offering.slug, title: offering.title, url: href }, true)) event.preventDefault()
  }

  #toggle(offering: OfferingSummary): void {
    const expanded = new Set(this.expanded)
    if (expanded.has(offering.slug)) expanded.delete(offering.slug)
    else {
      if (!this.emit('kk-course-open', { slug: offering.slug, title: offering.title, url: null }, true)) return
      expanded.add(offering.slug)
      void import('../course-and-forms.js')
    }
    this.expanded = expanded
  }
}
