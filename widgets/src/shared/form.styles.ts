import { css } from 'lit'

export const formStyles = css`
  .notice.success {
    border-color: var(--_success);
    background: var(--_success-surface);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.85;
  }
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
