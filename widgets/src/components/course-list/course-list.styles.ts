import { css } from 'lit'

export const courseListStyles = css`
  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: calc(var(--_space) / 2) var(--_space);
    margin-block-end: var(--_space);
    padding: 0;
    border: 0;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  .field.search {
    flex: 2 1 16rem;
  }
  .search-row {
    display: flex;
    gap: 0.5rem;
  }
  .search-row input {
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  label {
    font-weight: 600;
  }
  input,
  select {
    min-block-size: 2.75rem;
    padding: 0.375rem 0.625rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
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
  }
  .title-button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .title-button::after {
    content: ' ▾';
    display: inline-block;
    text-decoration: none;
  }
  .title-button[aria-expanded='true']::after {
    content: ' ▴';
  }
  .sessions {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .sessions li {
    padding-block: 0.25rem;
    border-block-start: 1px solid color-mix(in srgb, var(--_border) 25%, transparent);
  }
  .seat {
    display: inline-block;
    padding: 0 0.5em;
    font-weight: 600;
    white-space: nowrap;
  }
  .seat.open {
    background: var(--_success-surface);
    color: var(--_success);
  }
  .seat.few,
  .seat.waitlist {
    background: var(--_warning-surface);
    color: var(--_text);
  }
  .seat.closed {
    background: var(--_error-surface);
    color: var(--_text);
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin-block-start: var(--_space);
  }
  .inline-course {
    margin-block-start: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 2px solid var(--_accent);
  }
`
