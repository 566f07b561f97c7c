import { css } from 'lit'

export const formStyles = css`
  form {
    display: grid;
    gap: var(--_space);
    max-inline-size: 40rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .field.checkbox {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .field.checkbox .field-error {
    flex-basis: 100%;
  }
  label {
    font-weight: 600;
  }
  .optional {
    font-weight: 400;
    color: var(--_muted);
  }
  .hint {
    margin: 0;
    color: var(--_muted);
  }
  input:not([type='checkbox']),
  select,
  textarea {
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.375rem 0.625rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  .has-error input,
  .has-error select,
  .has-error textarea {
    border-color: var(--_error);
    border-width: 3px;
  }
  .field-error {
    margin: 0;
    color: var(--_error);
    font-weight: 600;
  }
  .field-error::before {
    content: '! ';
  }
  .honeypot {
    position: absolute;
    inset-inline-start: -10000px;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  [data-focus]:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
`
