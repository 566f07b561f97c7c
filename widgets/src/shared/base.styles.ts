import { css } from 'lit'

/**
 * Global `--kk-*` tokens, read once per component on :host into private `--_*` properties.
 * Defaults follow Oslo kommune's Punkt palette (dark blue, light blue, green, white) without loading Punkt.
 */
export const baseStyles = css`
  :host {
    --_primary: var(--kk-color-primary, #2a2859);
    --_on-primary: var(--kk-color-on-primary, #ffffff);
    --_accent: var(--kk-color-accent, #b3f5ff);
    --_success: var(--kk-color-success, #034b45);
    --_success-surface: var(--kk-color-success-surface, #c7f6c9);
    --_error: var(--kk-color-error, #a4101f);
    --_error-surface: var(--kk-color-error-surface, #ffdfdc);
    --_warning-surface: var(--kk-color-warning-surface, #f8f0dd);
    --_text: var(--kk-color-text, #2c2c2c);
    --_muted: var(--kk-color-muted, #595959);
    --_surface: var(--kk-color-surface, #ffffff);
    --_border: var(--kk-color-border, var(--_primary));
    --_focus: var(--kk-color-focus, var(--_primary));
    --_radius: var(--kk-radius, 0);
    --_space: var(--kk-space, 1rem);
    --_font: var(--kk-font-family, 'Oslo Sans', 'OsloSans', system-ui, sans-serif);

    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--kk-font-size, 1rem);
    line-height: 1.5;
    overflow-wrap: break-word;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: inherit;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 calc(var(--_space) / 2);
    line-height: 1.25;
    color: var(--_primary);
  }
  p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  a {
    color: var(--_primary);
    text-underline-offset: 0.15em;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    max-inline-size: 100%;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .button {
    min-block-size: 2.75rem;
    padding: 0.5em 1.25em;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_surface);
    color: var(--_primary);
  }
  .button.secondary {
    background: var(--_surface);
    color: var(--_primary);
  }
  .button.secondary:hover {
    background: var(--_accent);
  }
  .notice {
    padding: var(--_space);
    border-inline-start: 0.375rem solid var(--_primary);
    background: var(--_accent);
    margin-block-end: var(--_space);
  }
  .notice.error {
    border-color: var(--_error);
    background: var(--_error-surface);
  }
  .notice.warning {
    background: var(--_warning-surface);
  }
  .notice > :last-child {
    margin-block-end: 0;
  }
  .loading,
  .meta {
    color: var(--_muted);
  }
  label {
    font-weight: 600;
  }
  input:not([type='checkbox']),
  select,
  textarea {
    min-block-size: 2.75rem;
    padding: 0.375rem 0.625rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .seat {
    padding: 0 0.5em;
    font-weight: 600;
    background: var(--_error-surface);
  }
  .seat.open {
    background: var(--_success-surface);
    color: var(--_success);
  }
  .seat.few-left,
  .seat.waitlist {
    background: var(--_warning-surface);
  }
`
