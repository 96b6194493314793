import { css } from 'lit';

/** The printed handout's box: on screen it is never shown (its print styles come with the lazy extras chunk). */
export const handoutHidden = css`
  .handout {
    display: none;
  }
`;
