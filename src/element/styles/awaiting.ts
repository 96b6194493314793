import { css } from 'lit';

/** Until the X-ray view's style sheet is here (a lazy chunk), its drawing is hidden rather than shown in colour. */
export const awaiting = css`
  svg.scene.view-fluoroscopy {
    visibility: hidden;
  }
`;

/** Shows the X-ray drawing again: adopted with the X-ray styles, or alone if their chunk cannot be loaded. */
export const shown = css`
  svg.scene.view-fluoroscopy {
    visibility: visible;
  }
`;
