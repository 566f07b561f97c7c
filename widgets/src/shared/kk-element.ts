import { html, nothing, LitElement, type PropertyDeclarations, type TemplateResult } from 'lit'
import { apiOrigin } from './api.js'
import { emit, type KkEvents } from './events.js'
import { LocaleController } from './localize.js'
import { counted, type Price, type SessionSummary } from '@kurskatalog/contract'

/** What every kk-* element shares: where the API is, which language to speak, and heading levels. */
export abstract class KkElement extends LitElement {
  static override properties: PropertyDeclarations = {
    api: {},
    lang: { reflect: true },
    catalogueUrl: { attribute: 'catalogue-url' },
    headingLevel: { attribute: 'heading-level', type: Number },
  }

  /** API origin, e.g. `https://kurs.oslo.kommune.no`. Defaults to the origin the script was loaded from. */
  declare api?: string

  /** Language: `nb` (default), `nn` or `en`. Without it, the closest ancestor's `lang` or the page's is used. */
  declare lang: string

  /** The catalogue's own page, linked when the API cannot be reached. Default: `<api origin>/kurs`. */
  declare catalogueUrl?: string

  /** Level of the element's top heading (2–6), to fit the host page's outline. */
  headingLevel = 2

  protected readonly localize = new LocaleController(this)

  // Nothing renders, and nothing is fetched, until the element's language is known and its texts are here.
  protected override shouldUpdate(): boolean {
    return this.localize.ready()
  }

  protected get origin(): string {
    return apiOrigin(this.api)
  }

  protected get catalogueHref(): string {
    return this.catalogueUrl || `${this.origin}/kurs`
  }

  /** Tells the host page: a bubbling, composed `kk-*` event. Returns false when the page cancelled it. */
  protected emit<K extends keyof KkEvents>(name: K, detail: KkEvents[K]['detail'], cancelable = false): boolean {
    return emit(this, name, detail, cancelable)
  }

  /**
   * "3 ledige plasser", "Fullt – venteliste": what a visitor is told about one session's seats, coloured by its
   * status (the class is the contract's seat status).
   */
  protected seats({ seatStatus, seatsLeft }: SessionSummary): TemplateResult {
    return html`<span part="seat-status" class="seat ${seatStatus}">${counted(seatsLeft, this.localize.t.seats[seatStatus])}</span>`
  }

  /** "Gratis", "1 500 kr", or null while the price is not set. */
  protected price({ free, amountNok }: Price): string | null {
    const t = this.localize.t
    return free ? t.free : amountNok === null ? null : t.priceNok(this.localize.number(amountNok))
  }

  /** A heading `offset` levels below the element's top heading, capped at h6. */
  protected heading(offset: number, content: unknown, part: string, id?: string): TemplateResult {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel || 2)) + offset)
    switch (level) {
      case 2:
        return html`<h2 part=${part} id=${id ?? nothing}>${content}</h2>`
      case 3:
        return html`<h3 part=${part} id=${id ?? nothing}>${content}</h3>`
      case 4:
        return html`<h4 part=${part} id=${id ?? nothing}>${content}</h4>`
      case 5:
        return html`<h5 part=${part} id=${id ?? nothing}>${content}</h5>`
      default:
        return html`<h6 part=${part} id=${id ?? nothing}>${content}</h6>`
    }
  }
}
