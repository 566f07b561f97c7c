import { css } from 'lit'

export const serviceRequestStyles = css`
  .about {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .about ul {
    margin: 0 0 calc(var(--_space) / 2);
    padding-inline-start: 1.25rem;
  }
`
