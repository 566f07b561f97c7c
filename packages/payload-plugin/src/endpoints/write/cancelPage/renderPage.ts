import type { Locale } from '@kurskatalog/contract'
import { escapeHtml } from '../../../email/escapeHtml.js'

export interface PageContent {
  locale: Locale
  title: string
  message: string
  /** A confirm button that POSTs the token back (GET never cancels: mail scanners open links). */
  form?: { action: string; token: string; button: string; decision?: string }
  /** A link on to another page of the catalogue's own (the cancel page, from the leave page of a person moved up). */
  link?: { href: string; label: string }
}

/** A small, self-contained, accessible page: one heading, one message, at most one button or link; no scripts. */
export function renderPage(content: PageContent, status: number): Response {
  const form = content.form
    ? `<form method="post" action="${escapeHtml(content.form.action)}">
<input type="hidden" name="token" value="${escapeHtml(content.form.token)}">
${content.form.decision ? `<input type="hidden" name="decision" value="${escapeHtml(content.form.decision)}">\n` : ''}<button type="submit">${escapeHtml(content.form.button)}</button>
</form>`
    : ''
  const link = content.link ? `<p><a href="${escapeHtml(content.link.href)}">${escapeHtml(content.link.label)}</a></p>` : ''
  const html = `<!doctype html>
<html lang="${content.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(content.title)}</title>
<style>
body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:1.125rem;line-height:1.5;color:#2c2c2c;background:#f9f9f9}
main{max-width:36rem;margin:3rem auto;padding:2rem;background:#fff;border-radius:4px}
h1{color:#2a2859;font-size:1.75rem;margin-top:0}
button{font:inherit;font-weight:bold;color:#fff;background:#2a2859;border:2px solid #2a2859;border-radius:4px;padding:.75rem 1.5rem;cursor:pointer}
button:hover{background:#1f42aa;border-color:#1f42aa}
button:focus-visible,a:focus-visible{outline:3px solid #f9c66b;outline-offset:2px}
a{color:#2a2859;font-weight:bold}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(content.title)}</h1>
<p>${escapeHtml(content.message)}</p>
${form}${link}
</main>
</body>
</html>`
  return new Response(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      // The token is in the URL: never pass it on, never index it, never frame the page. Not
      // `no-referrer`: with it, browsers send `Origin: null` on the confirm form's POST, which the write guard refuses.
      'Referrer-Policy': 'same-origin',
      'X-Robots-Tag': 'noindex',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
    },
  })
}
