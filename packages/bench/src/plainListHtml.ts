import { catalogTimeZone, offeringLabelsNb, type OfferingListResponse, type OfferingSummary, type SeatStatus, type SessionSummary } from '@kurskatalog/contract'
import { widgetEntryPath } from './widgetChunks.js'

/** Text to put between tags or in a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

const kinds = { course: 'Kurs', programme: 'Program' } as const
const { audiences, formats } = offeringLabelsNb

function seatText(session: SessionSummary): string {
  const labels: Record<SeatStatus, string> = {
    open: `${session.seatsLeft} ledige plasser`,
    'few-left': `Bare ${session.seatsLeft} ledige plasser`,
    waitlist: 'Fullt – venteliste',
    full: 'Fullt',
    closed: 'Påmeldingen er stengt',
    cancelled: 'Avlyst',
  }
  return labels[session.seatStatus]
}

const dateFormat = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'medium', timeStyle: 'short', timeZone: catalogTimeZone })

function sessionItem(session: SessionSummary): string {
  const place = session.meetings.find((meeting) => meeting.place)?.place?.name ?? (session.meetings.some((m) => m.online) ? 'Digitalt' : null)
  return `<li><time datetime="${escapeHtml(session.startsAt)}">${escapeHtml(dateFormat.format(new Date(session.startsAt)))}</time>${
    place ? ` · ${escapeHtml(place)}` : ''
  } · <span class="seat">${escapeHtml(seatText(session))}</span></li>`
}

function offeringItem(offering: OfferingSummary): string {
  const facts = [
    kinds[offering.kind],
    audiences[offering.audience],
    formats[offering.format],
    offering.duration,
    offering.price.free ? 'Gratis' : offering.price.amountNok === null ? null : `${offering.price.amountNok} kr`,
  ].filter((fact): fact is string => Boolean(fact))
  const sessions = offering.nextSessions.slice(0, 3)
  return `<li class="item">
<h3><a href="/kurs/${encodeURIComponent(offering.slug)}">${escapeHtml(offering.title)}</a></h3>
<p>${escapeHtml(offering.summary)}</p>
<p class="meta">${facts.map(escapeHtml).join(' · ')}</p>
${sessions.length > 0 ? `<ul class="sessions">${sessions.map(sessionItem).join('')}</ul>` : '<p class="meta">Ingen datoer ennå</p>'}
</li>`
}

/**
 * The listing as plain server HTML: the same entries and facts the widget shows, written into the page,
 * with no script. The yardstick the widget's render time is compared with.
 */
export function plainListHtml(listing: OfferingListResponse): string {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kurs – ren HTML (benchmark)</title>
<style>
body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; color: #2c2c2c; }
.items { list-style: none; padding: 0; display: grid; gap: 1rem; }
.item { border: 2px solid #2a2859; padding: 1rem; }
.item h3 { margin: 0 0 .5rem; } .item a { color: #2a2859; }
.meta { color: #595959; } .sessions { padding-left: 1.2rem; }
.seat { background: #c7f6c9; padding: 0 .25rem; }
</style>
</head>
<body>
<main>
<h1>Kurs og lederutvikling</h1>
<p role="status">Viser ${listing.items.length} av ${listing.totalItems}</p>
<ul class="items" aria-label="Kurs">
${listing.items.map(offeringItem).join('\n')}
</ul>
</main>
</body>
</html>
`
}

/** The host page for the widget: the README's one script tag and a list of `limit` entries. */
export function widgetHostHtml(limit: number): string {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kurs – widget (benchmark)</title>
<script type="module" src="${widgetEntryPath}"></script>
<style>body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; }</style>
</head>
<body>
<main>
<h1>Kurs og lederutvikling</h1>
<kk-course-list limit="${limit}"></kk-course-list>
</main>
</body>
</html>
`
}
