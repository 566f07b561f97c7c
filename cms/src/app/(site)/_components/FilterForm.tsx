import { audiences, formats, type ValidOfferingQuery } from '@kurskatalog/contract'
import Link from 'next/link'
import { audienceLabels, formatLabels } from '../_lib/format.js'

/** Search and filters as a plain GET form: it works with JavaScript off, and the result has its own URL. */
export function FilterForm({ query }: { query: Omit<ValidOfferingQuery, 'page' | 'limit'> }) {
  return (
    <form className="filters" method="get" action="/kurs" role="search" aria-label="Søk i kurskatalogen">
      {query.topic ? <input type="hidden" name="topic" value={query.topic} /> : null}
      <div className="field field-wide">
        <label htmlFor="q">Søk</label>
        <input id="q" name="q" type="search" defaultValue={query.q ?? ''} maxLength={200} />
      </div>
      <div className="field">
        <label htmlFor="audience">Målgruppe</label>
        <select id="audience" name="audience" defaultValue={query.audience ?? ''}>
          <option value="">Alle</option>
          {audiences.map((audience) => (
            <option key={audience} value={audience}>
              {audienceLabels[audience]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="format">Format</label>
        <select id="format" name="format" defaultValue={query.format ?? ''}>
          <option value="">Alle</option>
          {formats.map((format) => (
            <option key={format} value={format}>
              {formatLabels[format]}
            </option>
          ))}
        </select>
      </div>
      <div className="actions">
        <button type="submit">Vis kurs</button>
        <Link href="/kurs">Nullstill</Link>
      </div>
    </form>
  )
}
