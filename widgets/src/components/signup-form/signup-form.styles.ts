import { css } from 'lit'

export const signupFormStyles = css`
  .session-when {
    margin-block-end: var(--_space);
  }
  .result {
    margin-block-end: var(--_space);
  }
`
