import type { TopicRef } from '@kurskatalog/contract'
import { html, nothing, type TemplateResult } from 'lit'
import type { CommonTexts } from '../../shared/common.texts.js'
import type { CourseListTexts } from './course-list.texts.js'
import type { FixedFilters, VisitorFilters } from './listing.js'

/**
 * The search field and the topic, audience and format filters above the list: the visitor's `search` and
 * `chosen` filters, the catalogue's `topics` (if any), none of the filters the webmaster `fixed`. Positional
 * arguments, as they cost fewer bytes than an options object.
 */
export function renderFilterBar(
  t: CommonTexts & CourseListTexts,
  search: string,
  chosen: VisitorFilters,
  topics: TopicRef[] | undefined,
  fixed: FixedFilters,
  onSearch: (event: SubmitEvent) => void,
  /** A filter's new value; undefined is "all". */
  onChoose: (name: keyof VisitorFilters, value: string | undefined) => void,
): TemplateResult {
  // A filter the visitor picks from; `chosen[name]` follows it ('' is "all": no filter).
  const choice = (name: keyof VisitorFilters, label: string, choices: Record<string, string>) =>
    html`<div class="field">
      <label for=${name}>${label}</label>
      <select id=${name} @change=${(event: Event) => onChoose(name, (event.target as HTMLSelectElement).value || undefined)}>
        <option value="" ?selected=${!chosen[name]}>${t.any}</option>
        ${Object.entries(choices).map(([value, text]) => html`<option value=${value} ?selected=${chosen[name] === value}>${text}</option>`)}
      </select>
    </div>`
  return html`<form part="filters" class="filters" role="search" aria-label=${t.filters} @submit=${onSearch}>
    <div class="field search">
      <label for="q">${t.searchLabel}</label>
      <div class="search-row">
        <input id="q" name="q" type="search" .value=${search} autocomplete="off" />
        <button part="button" class="button" type="submit">${t.search}</button>
      </div>
    </div>
    ${topics?.length ? choice('topic', t.topic, Object.fromEntries(topics.map((topic) => [topic.slug, topic.title]))) : nothing}
    ${fixed.audience ? nothing : choice('audience', t.audience, t.audiences)}
    ${fixed.format ? nothing : choice('format', t.format, t.formats)}
  </form>`
}
