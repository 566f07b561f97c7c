import type { Locale } from '@kurskatalog/contract'
import { escapeHtml, isWebLink } from './escapeHtml.js'

/** One line of facts: "Når: …". A value that is a web link becomes a link in HTML. */
export interface Fact {
  label: string
  value: string
}

export interface EmailContent {
  locale: Locale
  subject: string
  greeting: string
  /** Plain sentences; shown as paragraphs. A line break inside one (an editor's text) stays a line break. */
  paragraphs: string[]
  facts?: Fact[]
  /** A call to action shown as a link, e.g. the cancel link. */
  action?: { lead: string; label: string; url: string }
  /** Several links after one lead, e.g. a leader's Godkjenn / Avslå. */
  choices?: { lead: string; links: { label: string; url: string }[] }
  footer: string
}

export interface RenderedEmail {
  subject: string
  text: string
  html: string
}

/**
 * Renders an email as plain text and as simple, accessible HTML (language set, one heading, real
 * lists and links, no images, high contrast). Every value is escaped: names and answers are user input.
 */
export function renderEmail(content: EmailContent): RenderedEmail {
  const facts = content.facts ?? []
  const text = [
    content.greeting,
    '',
    ...content.paragraphs.flatMap((paragraph) => [paragraph, '']),
    ...(facts.length > 0 ? [...facts.map((fact) => `${fact.label}: ${fact.value}`), ''] : []),
    ...(content.action ? [content.action.lead, content.action.url, ''] : []),
    ...(content.choices ? [content.choices.lead, ...content.choices.links.map((link) => `${link.label}: ${link.url}`), ''] : []),
    '-- ',
    content.footer,
  ].join('\n')

  const factHtml = (fact: Fact) =>
    `<li><strong>${escapeHtml(fact.label)}:</strong> ${
      isWebLink(fact.value) ? `<a href="${escapeHtml(fact.value)}" style="color:#2a2859">${escapeHtml(fact.value)}</a>` : escapeHtml(fact.value)
    }</li>`
  const html = `<!doctype html>
<html lang="${content.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(content.subject)}</title></head>
<body style="margin:0;padding:24px;background:#ffffff;color:#2c2c2c;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
<main style="max-width:600px">
<h1 style="font-size:22px;color:#2a2859;margin:0 0 16px">${escapeHtml(content.subject)}</h1>
<p>${escapeHtml(content.greeting)}</p>
${content.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\r?\n/g, '<br>\n')}</p>`).join('\n')}
${facts.length > 0 ? `<ul style="padding-left:20px">\n${facts.map(factHtml).join('\n')}\n</ul>` : ''}
${
  content.action
    ? `<p>${escapeHtml(content.action.lead)}<br><a href="${escapeHtml(content.action.url)}" style="color:#2a2859;font-weight:bold">${escapeHtml(content.action.label)}</a></p>`
    : ''
}
${
  content.choices
    ? `<p>${escapeHtml(content.choices.lead)}</p>\n<ul style="padding-left:20px">\n${content.choices.links
        .map((link) => `<li><a href="${escapeHtml(link.url)}" style="color:#2a2859;font-weight:bold">${escapeHtml(link.label)}</a></li>`)
        .join('\n')}\n</ul>`
    : ''
}
<hr style="border:0;border-top:1px solid #cccccc;margin:24px 0">
<p style="font-size:14px;color:#4d4d4d">${escapeHtml(content.footer)}</p>
</main>
</body>
</html>`
  return { subject: content.subject, text, html }
}
