import { html, LitElement, type TemplateResult } from 'lit'
import { property } from 'lit/decorators.js'
import { ifDefined } from 'lit/directives/if-defined.js'
import { apiOrigin } from './api.js'
import { LocaleController } from './localize.js'

/** What every kk-* element shares: where the API is, which language to speak, and heading levels. */
export abstract class KkElement extends LitElement {
  /** API origin, e.g. `https://kurs.oslo.kommune.no`. Defaults to the origin the script was loaded from. */
  @property() api?: string

  /** Language: `nb` (default), `nn` or `en`. Without it, the closest ancestor's `lang` or the page's is used. */
  @property() override lang!: string

  /** The catalogue's own page, linked when the API cannot be reached. Default: `<api origin>/kurs`. */
  @property({ attribute: 'catalogue-url' }) catalogueUrl?: string

  /** Level of the element's top heading (2–6), to fit the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2

  protected readonly localize = new LocaleController(this)

  protected get origin(): string {
    return apiOrigin(this.api)
  }

  protected get catalogueHref(): string {
    return this.catalogueUrl || `${this.origin}/kurs`
  }

  /** A heading `offset` levels below the element's top heading, capped at h6. */
  protected heading(offset: number, content: unknown, part: string, id?: string): TemplateResult {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel || 2)) + offset)
    switch (level) {
      case 2:
        return html`<h2 part=${part} id=${ifDefined(id)}>${content}</h2>`
      case 3:
        return html`<h3 part=${part} id=${ifDefined(id)}>${content}</h3>`
      case 4:
        return html`<h4 part=${part} id=${ifDefined(id)}>${content}</h4>`
      case 5:
        return html`<h5 part=${part} id=${ifDefined(id)}>${content}</h5>`
      default:
        return html`<h6 part=${part} id=${ifDefined(id)}>${content}</h6>`
    }
  }
}
