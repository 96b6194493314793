import { css } from 'lit';

/** Presenter mode's blanked widget: black over everything (full-screen layout lives with the layout sheet). */
export const presenter = css`
  .blank {
    position: absolute;
    inset: 0;
    z-index: 10;
    background: #000;
  }
  :host(:fullscreen) .blank {
    position: fixed;
  }
`;
