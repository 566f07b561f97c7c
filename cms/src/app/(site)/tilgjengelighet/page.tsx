import { formatOrganisationNumber } from '@kurskatalog/contract'
import type { Metadata } from 'next'
import Link from 'next/link'
import { criteria, knownLimitations, statementDates } from '../../../accessibility/criteria.js'
import { principleLabels, principleOf } from '../../../accessibility/statusLabels.js'
import type { Principle } from '../../../accessibility/types.js'
import { CriteriaTable } from '../_components/CriteriaTable.js'
import { catalog } from '../_lib/catalog.js'
import { calendarDate } from '../_lib/format.js'

export const metadata: Metadata = {
  title: 'Tilgjengelighetserklæring',
  description: 'Hvordan kurskatalogen og widgetene oppfyller kravene til universell utforming av ikt, og hvor du melder fra om feil.',
}

const principles: Principle[] = [1, 2, 3, 4]
// A statement must be renewed at least once a year (forskrift om universell utforming av ikt-løsninger § 8).
const yearMs = 366 * 24 * 60 * 60 * 1000

/**
 * The accessibility statement for the public catalogue and the embedded widgets, laid out as Norwegian public
 * bodies publish theirs on uustatus.no. The criteria come from `accessibility/criteria.ts`, the owner from the
 * settings global, so an agency that runs the catalogue shows its own name and contact.
 */
export default async function AccessibilityStatementPage() {
  const { issuer, origin, now } = await catalog()
  const owner = await issuer()
  const ownerName = owner.name ?? 'Virksomheten som driver kurskatalogen'
  const breaches = criteria.filter((criterion) => criterion.status === 'not-met')
  const upToDate = now().getTime() - Date.parse(statementDates.lastChecked) < yearMs

  return (
    <>
      <h1>Tilgjengelighetserklæring for Kurskatalogen</h1>
      <ul className="statement-facts">
        <li>
          <a className="url" href={`${origin}/kurs`}>{`${origin}/kurs`}</a>
        </li>
        <li>
          {ownerName}
          {owner.organisationNumber ? `, organisasjonsnummer ${formatOrganisationNumber(owner.organisationNumber)}` : ''}
        </li>
      </ul>
      <p>
        Erklæringen gjelder kurskatalogens egne sider (<Link href="/kurs">kurslisten</Link>, sidene for hvert kurs og hver
        tjeneste, og denne siden) og widgetene som virksomheter setter inn på sine egne nettsider: kurslisten, kurset,
        påmeldingsskjemaet og bestillingsskjemaet. Brosjyren og kursbeviset som PDF er omtalt under «Hva betyr bruddene for
        brukerne?». Redaktørenes administrasjonsverktøy (/admin) og e-postene er ikke vurdert her.
      </p>

      <h2>{upToDate ? 'Erklæringen er oppdatert' : 'Erklæringen er ikke oppdatert'}</h2>
      <p>
        Erklæringen ble laget <time dateTime={statementDates.made}>{calendarDate(statementDates.made)}</time> og sist kontrollert
        mot testene <time dateTime={statementDates.lastChecked}>{calendarDate(statementDates.lastChecked)}</time>.
      </p>

      <h2>I hvilken grad er nettstedet i samsvar med kravene til universell utforming?</h2>
      <p>
        {breaches.length === 0
          ? 'Nettstedet er i samsvar med kravene til universell utforming av ikt.'
          : 'Nettstedet er delvis i samsvar med kravene til universell utforming av ikt.'}
      </p>
      <p>
        Det er brudd på {breaches.length} av {criteria.length} krav.
      </p>
      <p>
        Vurderingen bygger på de automatiske testene som kjører ved hver endring av programvaren: axe-core mot WCAG 2.1 A og AA
        på sidene og i hver tilstand av hver widget, reiser med tastaturet alene i Chromium på skjerm og på telefon, visning ved
        320 px bredde og dobbel skriftstørrelse, og utskrift. Den er ikke en uavhengig revisjon. Tabellen under sier for hvert krav
        hva som er prøvd, og hvilken test som prøver det.
      </p>

      <h2>Hva betyr bruddene for brukerne?</h2>
      {breaches.length === 0 ? (
        <p>Vi har ikke registrert brudd på kravene. Dette bør du likevel vite:</p>
      ) : (
        <ul>
          {breaches.map((criterion) => (
            <li key={criterion.id}>
              <a href={`#krav-${criterion.id}`}>
                {criterion.id} {criterion.name}
              </a>
              : {criterion.breach?.consequence}
            </li>
          ))}
        </ul>
      )}
      <dl className="limitations">
        {knownLimitations.map((limitation) => (
          <div key={limitation.title}>
            <dt>{limitation.title}</dt>
            <dd>
              {limitation.content} {limitation.consequence}
            </dd>
          </div>
        ))}
      </dl>

      <h2>Meld gjerne fra om brudd på kravene</h2>
      <p>Vi ønsker tilbakemelding fra brukerne. Har du oppdaget feil og mangler, trenger du innholdet på en annen måte, eller har du forslag til forbedringer?</p>
      {owner.contactEmail || owner.phone ? (
        <ul>
          {owner.contactEmail ? (
            <li>
              E-post: <a href={`mailto:${owner.contactEmail}`}>{owner.contactEmail}</a>
            </li>
          ) : null}
          {owner.phone ? (
            <li>
              Telefon: <a href={`tel:${owner.phone.replace(/\s/g, '')}`}>{owner.phone}</a>
            </li>
          ) : null}
        </ul>
      ) : (
        <p>Kontakt {ownerName}.</p>
      )}

      <h2>Klage</h2>
      <p>
        Diskrimineringsnemnda behandler klager om brudd på regelverket for universell utforming. Du finner informasjon om hvordan
        du klager, på <a href="https://www.diskrimineringsnemnda.no">diskrimineringsnemnda.no</a>.
      </p>
      <p>
        Tilsynet for universell utforming av ikt fører tilsyn med regelverket. Får du ikke svar fra oss innen rimelig tid, eller er
        du ikke fornøyd med svaret, kan du melde fra til tilsynet på <a href="https://www.uutilsynet.no">uutilsynet.no</a>.
      </p>

      <h2>Status for innhold som ikke er universelt utformet</h2>
      {breaches.length === 0 ? (
        <p>Vi har ikke registrert innhold som ikke er universelt utformet.</p>
      ) : (
        principles.map((principle) => {
          const inPrinciple = breaches.filter((criterion) => principleOf(criterion.id) === principle)
          return inPrinciple.length > 0 ? (
            <section key={principle} aria-labelledby={`brudd-${principle}`}>
              <h3 id={`brudd-${principle}`}>{principleLabels[principle]}</h3>
              {inPrinciple.map((criterion) => (
                <div key={criterion.id} className="breach">
                  <h4>
                    Brudd på {criterion.id} {criterion.name} (nivå {criterion.level})
                  </h4>
                  <p>{criterion.breach?.content}</p>
                  <p>Årsak: {criterion.breach?.reason}</p>
                  <p>For brukerne: {criterion.breach?.consequence}</p>
                  {criterion.breach?.alternative ? <p>Alternativ: {criterion.breach.alternative}</p> : null}
                </div>
              ))}
            </section>
          ) : null
        })
      )}

      <h2 id="krav">Status for hvert krav</h2>
      <p>
        De {criteria.length} kravene i WCAG 2.1, nivå A og AA, som forskriften stiller til offentlige virksomheter. «Ikke relevant»
        betyr at katalogen ikke har slikt innhold.
      </p>
      {principles.map((principle) => (
        <CriteriaTable
          key={principle}
          id={`prinsipp-${principle}`}
          caption={principleLabels[principle]}
          criteria={criteria.filter((criterion) => principleOf(criterion.id) === principle)}
        />
      ))}
    </>
  )
}
