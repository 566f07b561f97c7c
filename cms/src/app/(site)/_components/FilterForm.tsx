import { audiences, formats, offeringLabelsNb as labels, type ValidOfferingQuery } from '@kurskatalog/contract'
import Link from 'next/link'

/** Search and filters as a plain GET form: it works with JavaScript off, and the result has its own URL. */
export function FilterForm({ query }: { query: Omit<ValidOfferingQuery, 'page' | 'limit'> }) {
  return (
    <form className="filters" method="get" action="/kurs" role="search" aria-label="Søk i kurskatalogen">
      {query.topic ? <input type="hidden" name="topic" value={query.topic} /> : null}
      <div className="field field-wide">
        <label htmlFor="q">Søk</label>
        <input id="q" name="q" type="search" defaultValue={query.q ?? ''} maxLength={200} />
      </div>
      <Choice name="audience" label={labels.audience} choices={audiences} labels={labels.audiences} chosen={query.audience} />
      <Choice name="format" label={labels.format} choices={formats} labels={labels.formats} chosen={query.format} />
      <div className="actions">
        <button type="submit">Vis kurs</button>
        <Link href="/kurs">Nullstill</Link>
      </div>
    </form>
  )
}

/** One filter as a select: "Alle", then each of the contract's choices by its label. */
function Choice<K extends string>(props: { name: string; label: string; choices: readonly K[]; labels: Record<K, string>; chosen?: K }) {
  const { name, label, choices, labels, chosen } = props
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <select id={name} name={name} defaultValue={chosen ?? ''}>
        <option value="">Alle</option>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {labels[choice]}
          </option>
        ))}
      </select>
    </div>
  )
}
