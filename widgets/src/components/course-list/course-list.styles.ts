import { css } from 'lit'

// Columns are minmax(0, 1fr) and titles wrap anywhere: a 288 px phone column and long Norwegian compounds must fit.
export const courseListStyles = css`
  .filters,
  .search-row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5rem var(--_space);
    margin-block-end: var(--_space);
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    flex: 1 1 12rem;
  }
  .search {
    flex-basis: 20rem;
  }
  .search-row {
    flex-wrap: nowrap;
    gap: 0.5rem;
    margin: 0;
  }
  input {
    flex: 1;
    min-inline-size: 0;
  }
  .items,
  .sessions {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .items {
    display: grid;
    gap: var(--_space);
  }
  .item {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start-width: 0.375rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .title-button {
    all: unset;
    color: var(--_primary);
    cursor: pointer;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  .title-button:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .sessions li {
    padding-block: 0.25rem;
  }
  .more,
  .inline-course {
    margin-block-start: var(--_space);
  }
  .inline-course {
    padding-block-start: var(--_space);
    border-block-start: 2px solid var(--_accent);
  }
`
