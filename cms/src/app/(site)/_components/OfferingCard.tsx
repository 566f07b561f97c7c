import { offeringLabelsNb as labels, type OfferingSummary } from '@kurskatalog/contract'
import Link from 'next/link'
import { shortDate } from '../_lib/format.js'
import { SeatStatus } from './SeatStatus.js'

/** One offering in the list: what it is, for whom, and its next dates with free seats. */
export function OfferingCard({ offering }: { offering: OfferingSummary }) {
  return (
    <article className="card">
      <p className="meta">
        {labels.kinds[offering.kind]} · {labels.audiences[offering.audience]} · {labels.formats[offering.format]}
        {offering.duration ? ` · ${offering.duration}` : ''}
      </p>
      <h3>
        <Link href={`/kurs/${offering.slug}`}>{offering.title}</Link>
      </h3>
      <p>{offering.summary}</p>
      {offering.nextSessions.length > 0 ? (
        <ul className="next-sessions" aria-label={`Neste datoer for ${offering.title}`}>
          {offering.nextSessions.map((session) => {
            const place = session.meetings.find((meeting) => meeting.place)?.place
            return (
              <li key={session.id}>
                <time dateTime={session.startsAt}>{shortDate(session.startsAt)}</time>
                <span>{place ? place.name : 'Digitalt'}</span>
                <SeatStatus session={session} />
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="muted">{offering.byApplication ? 'Opptak etter søknad. Nye datoer kommer.' : 'Nye datoer kommer.'}</p>
      )}
    </article>
  )
}
