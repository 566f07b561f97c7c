import { css } from 'lit'

export const courseStyles = css`
  section {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  ul.plain {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .sessions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_space);
  }
  .session {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-inline-start-width: 0.375rem;
    border-radius: var(--_radius);
  }
  .session-when {
    font-weight: 600;
  }
  .meetings {
    margin: 0.25rem 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  .signup,
  kk-signup-form {
    margin-block-start: var(--_space);
  }
`
