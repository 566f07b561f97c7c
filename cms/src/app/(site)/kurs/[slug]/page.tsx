import { courseJsonLd, offeringLabelsNb as labels } from '@kurskatalog/contract'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { Breadcrumbs } from '../../_components/Breadcrumbs.js'
import { JsonLd } from '../../_components/JsonLd.js'
import { PrintedFrom } from '../../_components/PrintedFrom.js'
import { RichText } from '../../_components/RichText.js'
import { SessionCard } from '../../_components/SessionCard.js'
import { catalog, findOffering } from '../../_lib/catalog.js'
import { priceLabel } from '../../_lib/format.js'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const offering = await findOffering((await params).slug)
  return offering ? { title: offering.title, description: offering.summary } : { title: 'Fant ikke kurset' }
}

/** One course or programme: what it is, who teaches it, and every upcoming date with sign-up. */
export default async function OfferingPage({ params }: Props) {
  const offering = await findOffering((await params).slug)
  if (!offering) notFound()
  const { origin, now } = await catalog()

  return (
    <>
      {/* The widgets' sign-up form; without JavaScript each date says what to do instead. */}
      <script type="module" src="/widgets/kurskatalog.js" async />
      <Breadcrumbs trail={[{ href: '/kurs', label: 'Kurskatalogen' }]} current={offering.title} />
      <PrintedFrom address={`${origin}/kurs/${offering.slug}`} at={now()} />
      <p className="meta">{labels.kinds[offering.kind]}</p>
      <h1>{offering.title}</h1>
      <p className="lead">{offering.summary}</p>

      <dl className="facts">
        <dt>{labels.audience}</dt>
        <dd>{labels.audiences[offering.audience]}</dd>
        <dt>{labels.format}</dt>
        <dd>{labels.formats[offering.format]}</dd>
        {offering.duration ? (
          <>
            <dt>Varighet</dt>
            <dd>{offering.duration}</dd>
          </>
        ) : null}
        <dt>Pris</dt>
        <dd>{priceLabel(offering.price)}</dd>
        {offering.topics.length > 0 ? (
          <>
            <dt>Tema</dt>
            <dd>
              {offering.topics.map((topic, index) => (
                <span key={topic.slug}>
                  {index > 0 ? ', ' : ''}
                  <Link href={`/kurs?topic=${encodeURIComponent(topic.slug)}`}>{topic.title}</Link>
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {offering.byApplication || offering.managerApproval ? (
          <>
            <dt>Opptak</dt>
            <dd>{offering.byApplication ? 'Etter søknad' : 'Lederen din må godkjenne påmeldingen'}</dd>
          </>
        ) : null}
      </dl>

      {offering.description.length > 0 ? (
        <section aria-labelledby="om">
          <h2 id="om">Om {offering.kind === 'course' ? 'kurset' : 'programmet'}</h2>
          <RichText blocks={offering.description} />
        </section>
      ) : null}

      {offering.learningOutcomes.length > 0 ? (
        <section aria-labelledby="laerer">
          <h2 id="laerer">Dette lærer du</h2>
          <ul>
            {offering.learningOutcomes.map((outcome) => (
              <li key={outcome}>{outcome}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {offering.facilitators.length > 0 ? (
        <section aria-labelledby="kursholdere">
          <h2 id="kursholdere">Kursholdere</h2>
          <ul className="facilitators">
            {offering.facilitators.map((person) => (
              <li key={person.name}>
                <strong>{person.name}</strong>
                {person.title ? `, ${person.title}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="datoer">
        <h2 id="datoer">Datoer og påmelding</h2>
        {offering.sessions.length > 0 ? (
          offering.sessions.map((session) => <SessionCard key={session.id} session={session} offeringTitle={offering.title} />)
        ) : (
          <p>Det er ingen datoer satt opp ennå. Se igjen senere, eller finn et annet kurs i <Link href="/kurs">kurskatalogen</Link>.</p>
        )}
      </section>

      <JsonLd graph={[courseJsonLd(offering, `${origin}/kurs/${offering.slug}`, offering.sessions)]} />
    </>
  )
}
