import { css } from 'lit'

export const signupFormStyles = css`
  .session-when,
  .result {
    margin-block-end: var(--_space);
  }
`
