import { courseJsonLd, validateOfferingQuery, type ValidOfferingQuery } from '@kurskatalog/contract'
import type { Metadata } from 'next'
import Link from 'next/link'
import { FilterForm } from '../_components/FilterForm.js'
import { JsonLd } from '../_components/JsonLd.js'
import { OfferingCard } from '../_components/OfferingCard.js'
import { Pager } from '../_components/Pager.js'
import { PrintedFrom } from '../_components/PrintedFrom.js'
import { TopicNav } from '../_components/TopicNav.js'
import { catalog, catalogueDescription } from '../_lib/catalog.js'

export const metadata: Metadata = { title: 'Kurs og lederutvikling' }

type SearchParams = Record<string, string | string[] | undefined>

/** The visitor's filters from the address; a filter that does not check out is left out, not an error page. */
function readQuery(searchParams: SearchParams): { query: ValidOfferingQuery; params: URLSearchParams } {
  const params = new URLSearchParams()
  for (const key of ['topic', 'audience', 'format', 'q', 'page'] as const) {
    const value = searchParams[key]
    const first = Array.isArray(value) ? value[0] : value
    if (first?.trim()) params.set(key, first)
  }
  let checked = validateOfferingQuery(params)
  if (!checked.ok) {
    for (const field of Object.keys(checked.fields)) params.delete(field)
    checked = validateOfferingQuery(params)
  }
  return { query: checked.ok ? checked.value : { page: 1, limit: 12 }, params }
}

export default async function CataloguePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { query, params } = readQuery(await searchParams)
  const { offerings, services, topics, issuer, origin, now } = await catalog()
  const [offer, serviceList, topicList, owner] = await Promise.all([offerings(query), services(), topics(), issuer()])
  const topic = topicList.items.find((item) => item.slug === query.topic)
  const filtered = Boolean(query.topic || query.q || query.audience || query.format)

  return (
    <>
      <PrintedFrom address={`${origin}/kurs`} at={now()} />
      <h1>Kurs og lederutvikling</h1>
      <p className="lead">
        {`${catalogueDescription(owner.name)} Velg et kurs for å se alle datoer og melde deg på.`}
      </p>

      <TopicNav topics={topicList.items} current={query.topic} />
      <FilterForm query={query} />

      <section aria-labelledby="treff">
        <h2 id="treff">
          {offer.totalItems} {offer.totalItems === 1 ? 'kurs eller program' : 'kurs og program'}
          {topic ? ` om ${topic.title.toLowerCase()}` : ''}
        </h2>
        {offer.items.length > 0 ? (
          <ul className="offerings">
            {offer.items.map((offering) => (
              <li key={`${offering.kind}-${offering.slug}`}>
                <OfferingCard offering={offering} />
              </li>
            ))}
          </ul>
        ) : (
          <p>
            Ingen kurs passer {filtered ? 'søket ditt' : 'ennå'}. {filtered ? <Link href="/kurs">Vis alle kurs</Link> : null}
          </p>
        )}
        <Pager page={offer.page} totalPages={offer.totalPages} params={params} />
      </section>

      {serviceList.items.length > 0 ? (
        <section id="tjenester" aria-labelledby="tjenester-tittel">
          <h2 id="tjenester-tittel">Prosessveiledning dere kan bestille</h2>
          <ul className="services">
            {serviceList.items.map((service) => (
              <li key={service.slug} className="card">
                <h3>
                  <Link href={`/tjenester/${service.slug}`}>{service.title}</Link>
                </h3>
                <p>{service.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <JsonLd graph={offer.items.map((offering) => courseJsonLd(offering, `${origin}/kurs/${offering.slug}`))} />
    </>
  )
}
