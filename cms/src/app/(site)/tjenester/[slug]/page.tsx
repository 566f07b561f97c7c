import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { Breadcrumbs } from '../../_components/Breadcrumbs.js'
import { JsonLd } from '../../_components/JsonLd.js'
import { RichText } from '../../_components/RichText.js'
import { catalog, findService } from '../../_lib/catalog.js'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const service = await findService((await params).slug)
  return service ? { title: service.title, description: service.summary } : { title: 'Fant ikke tjenesten' }
}

/** A facilitator service an agency orders, with the widgets' order form. */
export default async function ServicePage({ params }: Props) {
  const service = await findService((await params).slug)
  if (!service) notFound()
  const { origin } = await catalog()

  return (
    <>
      <script type="module" src="/widgets/kurskatalog.js" async />
      <Breadcrumbs trail={[
          { href: '/kurs', label: 'Kurskatalogen' },
          { href: '/kurs#tjenester', label: 'Prosessveiledning' },
        ]} current={service.title} />
      <p className="meta">Prosessveiledning</p>
      <h1>{service.title}</h1>
      <p className="lead">{service.summary}</p>

      {service.typicalDuration || service.suitedFor ? (
        <dl className="facts">
          {service.typicalDuration ? (
            <>
              <dt>Varighet</dt>
              <dd>{service.typicalDuration}</dd>
            </>
          ) : null}
          {service.suitedFor ? (
            <>
              <dt>Passer for</dt>
              <dd>{service.suitedFor}</dd>
            </>
          ) : null}
        </dl>
      ) : null}

      {service.description.length > 0 ? (
        <section aria-labelledby="om">
          <h2 id="om">Om tjenesten</h2>
          <RichText blocks={service.description} />
        </section>
      ) : null}

      {service.deliverables.length > 0 ? (
        <section aria-labelledby="leveranse">
          <h2 id="leveranse">Dette får dere</h2>
          <ul>
            {service.deliverables.map((deliverable) => (
              <li key={deliverable}>{deliverable}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section id="bestill">
        <kk-service-request service={service.slug} form-only heading-level={2}>
          <noscript>
            <p className="notice">Bestillingsskjemaet trenger JavaScript. Slå på JavaScript i nettleseren for å sende en bestilling.</p>
          </noscript>
        </kk-service-request>
      </section>

      <JsonLd
        graph={[
          {
            '@type': 'Service',
            name: service.title,
            description: service.summary,
            url: `${origin}/tjenester/${service.slug}`,
            ...(service.suitedFor ? { audience: { '@type': 'Audience', audienceType: service.suitedFor } } : {}),
          },
        ]}
      />
    </>
  )
}
