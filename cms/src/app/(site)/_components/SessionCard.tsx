import { apiPaths, takesSignups, type SessionSummary } from '@kurskatalog/contract'
import { clock, languageLabels, longDate, meetingTime } from '../_lib/format.js'
import { SeatStatus } from './SeatStatus.js'

/** A heading for a session: its day, or its first and last day when it has several meetings. */
function sessionTitle(session: SessionSummary): string {
  const first = longDate(session.startsAt)
  const last = longDate(session.endsAt)
  return first === last ? first : `${first} – ${last}`
}

/**
 * One date of an offering: its meetings, seats and deadline, and the widgets' sign-up form.
 * Without JavaScript a visitor still sees everything and can add the date to a calendar.
 */
export function SessionCard({ session, offeringTitle }: { session: SessionSummary; offeringTitle: string }) {
  const headingId = `dato-${session.id}`
  return (
    <article className="session" aria-labelledby={headingId}>
      <h3 id={headingId}>{sessionTitle(session)}</h3>
      <p>
        <SeatStatus session={session} />
        {session.seatStatus !== 'cancelled' ? <span className="muted"> ({session.capacity} plasser totalt)</span> : null}
      </p>
      <ul className="meetings" aria-label={session.meetings.length > 1 ? 'Samlinger' : 'Tid og sted'}>
        {session.meetings.map((meeting) => (
          <li key={meeting.startsAt}>
            <time dateTime={meeting.startsAt}>{meetingTime(meeting)}</time>
            <br />
            {meeting.place ? `${meeting.place.name}${meeting.place.address ? `, ${meeting.place.address}` : ''}` : 'Digitalt'}
            {meeting.place?.address && meeting.online ? ' – eller delta digitalt' : ''}
          </li>
        ))}
      </ul>
      {session.signupDeadline ? (
        <p>
          Påmeldingsfrist:{' '}
          <time dateTime={session.signupDeadline}>
            {longDate(session.signupDeadline)} kl. {clock(session.signupDeadline)}
          </time>
        </p>
      ) : null}
      {session.language !== 'nb' ? <p>Undervisningen er på {languageLabels[session.language]}.</p> : null}
      <p>
        <a href={apiPaths.sessionCalendar(session.id)} download>
          Legg datoen i kalenderen<span className="visually-hidden"> ({offeringTitle}, {sessionTitle(session)})</span>
        </a>
      </p>
      {takesSignups(session) ? (
        <kk-signup-form session={session.id} heading-level={4}>
          <noscript>
            <p className="notice">Påmeldingsskjemaet trenger JavaScript. Slå på JavaScript i nettleseren for å melde deg på denne datoen.</p>
          </noscript>
        </kk-signup-form>
      ) : null}
    </article>
  )
}
