import type { RichTextBlock } from '@kurskatalog/contract'
import { html, type TemplateResult } from 'lit'

/** Rich text from the API is plain-text blocks, rendered as text (never as HTML). Headings sit `below` the caller's. */
export function renderRichText(
  blocks: RichTextBlock[],
  heading: (offset: number, text: string) => TemplateResult,
  below: number,
): TemplateResult[] {
  return blocks.map((block) => {
    switch (block.type) {
      case 'heading':
        return heading(below + block.level - 1, block.text)
      case 'list':
        return block.ordered
          ? html`<ol>${block.items.map((item) => html`<li>${item}</li>`)}</ol>`
          : html`<ul>${block.items.map((item) => html`<li>${item}</li>`)}</ul>`
      default:
        return html`<p>${block.text}</p>`
    }
  })
}
