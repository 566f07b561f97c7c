import { catalogTimeZone } from '@kurskatalog/contract';
import type { MailMessage } from './mail-message.js';

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const dateFormat = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'short', timeStyle: 'medium', timeZone: catalogTimeZone });

function time(iso: string): string {
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(dateFormat.format(new Date(iso)))}</time>`;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace('.', ',')} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

const STYLE = `
:root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; background: #fff; }
body { margin: 0 auto; max-width: 60rem; padding: 1rem 1.5rem 3rem; }
a { color: #0b4f9c; }
a:focus-visible, button:focus-visible { outline: 3px solid #0b4f9c; outline-offset: 2px; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: 600; padding-bottom: .5rem; }
th, td { text-align: left; padding: .5rem; border-bottom: 1px solid #c8c8c8; vertical-align: top; }
th { background: #f2f2f2; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f6f6; border: 1px solid #c8c8c8; padding: 1rem; }
iframe { width: 100%; min-height: 24rem; border: 1px solid #c8c8c8; }
button { font: inherit; padding: .4rem .9rem; border: 1px solid #8a1c1c; background: #fff; color: #8a1c1c; border-radius: 4px; cursor: pointer; }
.muted { color: #555; }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<a class="skip" href="#innhold">Hopp til innholdet</a>
<header><p><a href="/">Innboks</a> · e-postmottak for testing (ingenting sendes videre)</p></header>
<main id="innhold">
${body}
</main>
</body>
</html>
`;
}

/** The inbox: every message, newest first. */
export function renderInbox(messages: MailMessage[], info: { smtpPort: number; host: string }): string {
  const rows = messages
    .map(
      (message) => `<tr>
<td>${time(message.receivedAt)}</td>
<td>${escapeHtml(message.from)}</td>
<td>${escapeHtml(message.to.join(', ') || message.envelope.to.join(', '))}</td>
<td><a href="/meldinger/${encodeURIComponent(message.id)}">${escapeHtml(message.subject || '(uten emne)')}</a></td>
<td>${message.attachments.length}</td>
</tr>`,
    )
    .join('\n');
  const list = messages.length
    ? `<table>
<caption>${messages.length === 1 ? '1 melding' : `${messages.length} meldinger`}, nyeste først</caption>
<thead><tr><th scope="col">Mottatt</th><th scope="col">Fra</th><th scope="col">Til</th><th scope="col">Emne</th><th scope="col">Vedlegg</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<form method="post" action="/slett-alle"><p><button type="submit">Slett alle meldinger</button></p></form>`
    : '<p>Ingen meldinger ennå.</p>';
  return page(
    'Innboks – e-postmottak',
    `<h1>Innboks</h1>
<p class="muted">SMTP på ${escapeHtml(info.host)}:${info.smtpPort}. <a href="/">Oppdater</a> · <a href="/api/messages">JSON</a></p>
${list}`,
  );
}

/** One message: headers, text, HTML (sandboxed) and attachments. */
export function renderMessage(message: MailMessage | null): string {
  if (!message) {
    return page('Fant ikke meldingen', '<h1>Fant ikke meldingen</h1><p><a href="/">Tilbake til innboksen</a></p>');
  }
  const id = encodeURIComponent(message.id);
  const attachments = message.attachments.length
    ? `<ul>${message.attachments
        .map(
          (attachment, index) =>
            `<li><a href="/api/messages/${id}/attachments/${index}" download>${escapeHtml(attachment.filename ?? `vedlegg-${index}`)}</a> <span class="muted">(${escapeHtml(attachment.contentType)}, ${formatBytes(attachment.size)})</span></li>`,
        )
        .join('\n')}</ul>`
    : '<p>Ingen vedlegg.</p>';
  const bcc = message.envelope.to.filter((address) => !message.to.includes(address) && !message.cc.includes(address));
  return page(
    `${message.subject || '(uten emne)'} – e-postmottak`,
    `<p><a href="/">Tilbake til innboksen</a></p>
<h1>${escapeHtml(message.subject || '(uten emne)')}</h1>
<dl>
<dt>Fra</dt><dd>${escapeHtml(message.from)}</dd>
<dt>Til</dt><dd>${escapeHtml(message.to.join(', ')) || '–'}</dd>
${message.cc.length ? `<dt>Kopi</dt><dd>${escapeHtml(message.cc.join(', '))}</dd>` : ''}
${bcc.length ? `<dt>Blindkopi</dt><dd>${escapeHtml(bcc.join(', '))}</dd>` : ''}
<dt>Dato</dt><dd>${time(message.date)}</dd>
<dt>Mottatt</dt><dd>${time(message.receivedAt)}</dd>
</dl>
<h2>Vedlegg</h2>
${attachments}
<h2>Tekst</h2>
${message.text ? `<pre>${escapeHtml(message.text)}</pre>` : '<p>Ingen tekstversjon.</p>'}
<h2>HTML</h2>
${message.html ? `<iframe src="/meldinger/${id}/html" sandbox title="HTML-versjonen av meldingen"></iframe>` : '<p>Ingen HTML-versjon.</p>'}`,
  );
}
